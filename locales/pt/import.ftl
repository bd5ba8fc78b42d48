# Importação de pessoas a partir de um ficheiro (modelo de importação de La Coop de la médiation numérique, folha de cálculo, CSV).

## Ficheiros ilegíveis

error-import-file-empty = O ficheiro está vazio: nenhuma célula preenchida.
error-import-file-too-large = O ficheiro é demasiado grande (mais de { $max } MB). Divida-o em vários ficheiros.
error-import-not-a-spreadsheet = Este ficheiro não é uma folha de cálculo legível (XLSX ou CSV). Pode estar danificado ou incompleto: guarde-o de novo a partir da sua folha de cálculo, em XLSX ou CSV.
error-import-sheet-missing = O livro não tem nenhuma folha «{ $sheet }». As suas folhas: { $sheets }.
error-import-too-many-rows = O ficheiro tem demasiadas linhas (o limite é { $max }). Divida-o em vários ficheiros.
error-import-too-many-columns = O ficheiro tem demasiadas colunas (o limite é { $max }).
error-import-cell-too-long = A célula { $column }{ $line } é demasiado longa (o limite por célula é { $max } caracteres).
error-import-header-row-missing = A linha { $line } do ficheiro está vazia ou não existe: não pode ter os títulos das colunas.
error-import-column-unknown = Nenhuma coluna «{ $column }» no ficheiro: indique a sua letra (A, B, C…) ou o seu título.
error-import-field-unknown = «{ $field }» não é um campo de uma pessoa. Campos: { $fields }.
error-import-name-column-missing = Nenhuma coluna do ficheiro foi reconhecida como apelido ou nome próprio. Indique-a (por exemplo --column last-name=A).

## Observações sobre uma linha importada

error-import-commune-not-found = Município não encontrado na lista oficial: a pessoa é importada sem município.
error-import-commune-ambiguous = Vários municípios têm este nome: a pessoa é importada sem município. Acrescente o código postal para escolher.
import-duplicate-of-line = Mesmo nome e mesmo ano de nascimento que a linha { $line } do ficheiro.
import-duplicate-of-existing = { $count ->
    [one] Mesmo nome e mesmo ano de nascimento que uma pessoa já registada.
    [many] Mesmo nome e mesmo ano de nascimento que { $count } pessoas já registadas.
   *[other] Mesmo nome e mesmo ano de nascimento que { $count } pessoas já registadas.
}

## Campos

import-field-name = Nome e apelido
import-field-lastName = Apelido
import-field-firstName = Nome próprio
import-field-birthYear = Ano de nascimento
import-field-gender = Género
import-field-socialStatus = Situação
import-field-commune = Município
import-field-communeInseeCode = Código INSEE
import-field-communePostalCode = Código postal
import-field-phone = Telefone
import-field-email = Endereço de e-mail
import-field-notes = Notas

## Relatório das linhas recusadas (ficheiro CSV)

import-report-line = Linha
import-report-field = Campo
import-report-reason = Motivo
import-report-outcome = Resultado
import-report-refused = Linha recusada
import-report-kept = Importada
import-report-likely-duplicate = Provável duplicado

## Linha de comandos

cli-about-escale-import = Importa dados de outra ferramenta.
cli-about-escale-import-people = Importa pessoas a partir de um ficheiro XLSX ou CSV (o modelo de importação de La Coop de la médiation numérique é reconhecido tal como está). Mostra primeiro o que será importado, os prováveis duplicados e as linhas recusadas; tudo ou nada.
cli-arg-escale-import-people-file = O ficheiro a importar (XLSX ou CSV).
cli-arg-escale-import-people-sheet = A folha do livro a ler (a primeira, por predefinição).
cli-arg-escale-import-people-header_row = A linha com os títulos das colunas (encontrada automaticamente por predefinição); as pessoas estão nas linhas seguintes.
cli-arg-escale-import-people-column = Onde ler um campo: CAMPO=COLUNA, a coluna pela sua letra ou pelo seu título (por exemplo phone=G, notes="Observações"); CAMPO=- para não o ler. Campos: last-name, first-name, birth-year, commune, insee-code, postal-code, phone, email, gender, social-status, notes.
cli-arg-escale-import-people-dry_run = Mostrar o que seria importado, sem guardar nada.
cli-arg-escale-import-people-skip_duplicates = Não importar os prováveis duplicados.
cli-arg-escale-import-people-rejects = Guardar o relatório das linhas recusadas e das observações neste ficheiro CSV.
cli-arg-escale-import-people-json = Resultado em JSON.

cli-import-national-template = Modelo de importação de La Coop de la médiation numérique reconhecido: folha «{ $sheet }», pessoas a partir da linha { $line }.
cli-import-column = { $field }: coluna { $column }
cli-import-summary = Linhas lidas: { $lines }; pessoas a importar: { $accepted }; linhas recusadas: { $rejected }.
cli-import-duplicates = Prováveis duplicados (mesmo nome e mesmo ano de nascimento): { $count }.
cli-import-issue = Linha { $line } ({ $field }): { $reason }
cli-import-more-issues = … e outras observações: { $count } (o relatório --rejects indica-as todas).
cli-import-report-written = Relatório guardado em { $path }.
cli-import-dry-run = Ensaio: nada foi guardado.
cli-import-progress = Importação de pessoas
cli-import-done = Pessoas importadas: { $imported }.
cli-import-skipped-duplicates = Prováveis duplicados deixados de lado: { $count }.
