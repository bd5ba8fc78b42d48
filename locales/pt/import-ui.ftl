# Ecrã «Importar pessoas» da janela: o ficheiro, as colunas, a pré-visualização, a importação.

import-ui-open = Importar pessoas
import-ui-title = Importar pessoas
import-ui-intro = A partir do modelo de importação de La Coop de la médiation numérique ou de qualquer folha de cálculo (XLSX ou CSV). Nada é guardado antes do último passo.

## 1. O ficheiro

import-ui-step-file = 1. O ficheiro
import-ui-found-files = Folhas de cálculo encontradas nos seus documentos e nas pens USB
import-ui-found-files-choose = { $count ->
    [one] Escolher entre { $count } ficheiro encontrado…
    [many] Escolher entre { $count } de ficheiros encontrados…
   *[other] Escolher entre { $count } ficheiros encontrados…
}
import-ui-found-in-documents = { $name } (documentos)
import-ui-found-on-key = { $name } (pen USB)
import-ui-path = Caminho do ficheiro a importar (XLSX ou CSV)
import-ui-path-help = Escreva o caminho completo do ficheiro ou escolha-o na lista acima.
import-ui-path-help-typed = Escreva o caminho completo do ficheiro (não foi encontrada nenhuma folha de cálculo nos seus documentos nem numa pen USB).
import-ui-read = Ler o ficheiro
import-ui-read-again = Ler o ficheiro de novo
import-ui-reading = A ler o ficheiro…
import-ui-file-read = Ficheiro lido: { $name }
import-ui-sheet = Folha do livro a ler
error-import-ui-path-required = Indique o ficheiro a importar.
error-import-file-not-read = O ficheiro já não está em memória: leia-o de novo.

## 2. As colunas

import-ui-step-columns = 2. As colunas
import-ui-national-template = Modelo de importação de La Coop de la médiation numérique reconhecido: as suas colunas são conhecidas, nada a escolher.
import-ui-columns-intro = Para cada informação, a coluna do ficheiro que a contém. O Escale adivinhou-a pelos títulos das colunas: verifique e altere-a se for preciso.
import-ui-header-line = Linha dos títulos das colunas
import-ui-header-line-help = As pessoas estão nas linhas seguintes. Altere-a se o Escale escolheu a linha errada.
import-ui-column-none = Não importar
import-ui-column-option = Coluna { $letter }: { $header }
import-ui-column-option-untitled = Coluna { $letter } (sem título)
import-ui-column-example = Exemplo: { $example }
import-ui-name-column-needed = Escolha a coluna do apelido ou do nome próprio: sem ela, ninguém pode ser importado.

## 3. A pré-visualização

import-ui-step-preview = 3. O que será importado
import-ui-previewing = A atualizar a pré-visualização…
import-ui-accepted = { $count ->
    [one] { $count } pessoa será importada
    [many] { $count } de pessoas serão importadas
   *[other] { $count } pessoas serão importadas
} (de { $lines ->
    [one] { $lines } linha lida
    [many] { $lines } de linhas lidas
   *[other] { $lines } linhas lidas
}).
import-ui-duplicates = { $count ->
    [one] { $count } duplicado provável (mesmo nome e mesmo ano de nascimento).
    [many] { $count } de duplicados prováveis (mesmo nome e mesmo ano de nascimento).
   *[other] { $count } duplicados prováveis (mesmo nome e mesmo ano de nascimento).
}
import-ui-rejected = { $count ->
    [one] { $count } linha recusada.
    [many] { $count } de linhas recusadas.
   *[other] { $count } linhas recusadas.
}
import-ui-duplicates-title = Duplicados prováveis
import-ui-duplicate-of-existing = Linha { $line }: { $name } parece-se com { $count ->
    [one] uma pessoa já registada
    [many] { $count } de pessoas já registadas
   *[other] { $count } pessoas já registadas
}: { $existing }.
import-ui-duplicate-of-line = Linha { $line }: { $name }, mesmo nome e mesmo ano de nascimento que a linha { $earlier } do ficheiro.
import-ui-skip-duplicates = Não importar os duplicados prováveis
import-ui-rejected-title = Linhas recusadas
import-ui-remarks-title = Linhas importadas com uma observação
import-ui-table-line = Linha
import-ui-table-field = Campo
import-ui-table-reason = Motivo
import-ui-more-issues = { $count ->
    [one] … e mais { $count }: o relatório indica-as todas.
    [many] … e mais { $count }: o relatório indica-as todas.
   *[other] … e mais { $count }: o relatório indica-as todas.
}

## O relatório

import-ui-report-title = Relatório das linhas recusadas
import-ui-report-help = Um ficheiro CSV com cada linha recusada e o seu motivo, cada observação e cada duplicado provável. Contém apenas números de linha e motivos, nenhum nome.
import-ui-report-folder = Pasta onde guardar o relatório
import-ui-save-report = Guardar o relatório
import-ui-report-saved = Relatório «{ $name }» guardado:
error-import-ui-folder-required = Indique a pasta onde guardar o relatório.

## 4. A importação

import-ui-step-import = 4. Importar
import-ui-all-or-nothing = Tudo ou nada: se a importação for cancelada ou parar, ninguém é guardado.
import-ui-run = { $count ->
    [one] Importar { $count } pessoa
    [many] Importar { $count } de pessoas
   *[other] Importar { $count } pessoas
}
import-ui-nothing-to-import = Ninguém para importar: corrija o ficheiro ou as colunas escolhidas.
import-ui-importing = A importar as pessoas
import-ui-cancel = Cancelar a importação
import-ui-cancelled = Importação cancelada: ninguém foi guardado.
import-ui-done-title = Importação concluída
import-ui-done = { $count ->
    [one] { $count } pessoa importada.
    [many] { $count } de pessoas importadas.
   *[other] { $count } pessoas importadas.
}
import-ui-done-skipped = { $count ->
    [one] { $count } duplicado provável deixado de lado.
    [many] { $count } de duplicados prováveis deixados de lado.
   *[other] { $count } duplicados prováveis deixados de lado.
}
import-ui-done-rejected = { $count ->
    [one] { $count } linha recusada não foi importada.
    [many] { $count } de linhas recusadas não foram importadas.
   *[other] { $count } linhas recusadas não foram importadas.
}
import-ui-back-to-list = Voltar à lista de pessoas
import-ui-import-another = Importar outro ficheiro
