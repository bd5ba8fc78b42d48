# Interface da aplicação de computador (ui/). Tradução portuguesa de locales/fr/ui.ftl:
# frases simples e diretas, tratamento formal (terceira pessoa).

app-name = Escale
loading = A carregar…
saving = A guardar…
retry = Tentar novamente
cancel = Cancelar
yes = Sim
no = Não
skip-to-content = Ir para o conteúdo

## Cabeçalho e navegação

nav-label = Navegação principal
nav-home-title = Voltar à lista de pessoas (Ctrl+K)
nav-back = Voltar
language-select-label = Língua
# Uma língua num seletor: o seu nome nessa língua e depois em português.
language-choice = { $native } ({ $name })

shortcut-back = Esc
shortcut-new = Ctrl+N
shortcut-save = Ctrl+Enter

## Primeiro arranque

setup-title = Boas-vindas ao Escale
setup-intro = O Escale guarda o registo dos seus acompanhamentos, mesmo sem ligação à internet.
setup-point-encrypted = Os dados ficam neste computador, cifrados: sem a chave, ninguém os pode ler, mesmo que o computador se perca ou seja roubado.
setup-point-offline = Tudo funciona sem internet, tanto no autocarro como no escritório.
setup-point-nothing-sent = Nada é enviado pela internet.
setup-keyring-explanation = A chave de cifragem será guardada no porta-chaves seguro da sua sessão: não tem nada para decorar.
setup-passphrase-legend = Escolha uma frase secreta
setup-passphrase-explanation = Este computador não tem porta-chaves seguro: uma frase secreta vai proteger os seus dados. O Escale vai pedi-la sempre que for aberto. Pelo menos { $min } caracteres; uma frase curta e fácil de lembrar serve muito bem.
setup-passphrase-warning = Se se esquecer desta frase secreta, só a chave de recuperação (vai imprimi-la logo a seguir) permitirá voltar a abrir os dados.
setup-passphrase = Frase secreta
setup-passphrase-repeat = Frase secreta, outra vez
setup-shared-laptop = Este computador é partilhado com outras pessoas
setup-shared-laptop-help = Nesse caso, os dados ficam protegidos por uma frase secreta, pedida sempre que o Escale é aberto, e não pelo porta-chaves da sessão.
setup-passphrase-shared-explanation = Uma frase secreta vai proteger os seus dados. O Escale vai pedi-la sempre que for aberto. Pelo menos { $min } caracteres; uma frase curta e fácil de lembrar serve muito bem.
setup-demo = Carregar dados de demonstração
setup-demo-help = Pessoas e acompanhamentos inventados, para conhecer o Escale ou formar um colega. Não marque esta opção para uso real.
setup-create = Criar a minha base de dados cifrada
setup-working = A criar a base de dados cifrada…
setup-working-demo = A criar a base de dados cifrada e os dados de demonstração… Demora alguns segundos.
setup-demo-skip = Começar sem dados de demonstração
setup-data-dir = Pasta dos dados:

## Desbloqueio

unlock-title = O Escale está bloqueado
unlock-intro = Escreva a frase secreta para abrir os dados deste computador.
unlock-keyring-intro = O Escale não conseguiu abrir os dados com o porta-chaves da sessão.
unlock-retry = Tentar novamente
unlock-use-recovery = Tenho a minha folha de recuperação
unlock-passphrase = Frase secreta
unlock-submit = Desbloquear
unlock-working = A abrir…
passphrase-deriving-key = A calcular a chave a partir da frase secreta… Demora alguns segundos.

## Lista de pessoas

list-title = Pessoas acompanhadas
list-new-beneficiary = Nova pessoa
list-search-label = Procurar uma pessoa
list-search-placeholder = Nome próprio ou nome de família…
list-search-help = Escreva o início do nome próprio ou do nome de família. Setas ↑ ↓ para escolher, Enter para abrir a ficha.
list-results-label = { $count ->
    [0] Nenhum resultado
    [one] { $count } resultado
    [many] { $count } resultados
   *[other] { $count } resultados
}
list-empty = Ainda não há nenhuma pessoa registada. Comece por «Nova pessoa».
list-no-match = Ninguém corresponde a «{ $query }». Verifique a ortografia ou crie uma ficha nova.
list-last-activity = Última visita: { $date }
list-never-accompanied = Ainda sem acompanhamento
list-activity-count = { $count ->
    [0] { $count } acompanhamentos
    [one] { $count } acompanhamento
    [many] { $count } acompanhamentos
   *[other] { $count } acompanhamentos
}
list-limit = Só são mostradas as primeiras { $limit } pessoas: precise a pesquisa.
person-anonymous = Pessoa anónima

## Ficha de uma pessoa: formulário

beneficiary-form-new-title = Nova pessoa
beneficiary-form-edit-title = Alterar a ficha
beneficiary-anonymous = Registar sem nome (pessoa anónima)
beneficiary-anonymous-help = Só para as estatísticas: o nome, o telefone e o e-mail não são guardados.
beneficiary-first-name = Nome próprio
beneficiary-last-name = Nome de família
beneficiary-latin-first-name = Nome próprio em letras latinas
beneficiary-latin-last-name = Nome de família em letras latinas
beneficiary-latin-name-help = Como nos documentos franceses, se o nome estiver escrito noutro alfabeto (árabe, cirílico…). A pessoa pode ser encontrada por uma ou outra forma.
beneficiary-birth-year = Ano de nascimento
beneficiary-birth-year-help = A faixa etária é calculada a partir deste dado.
beneficiary-gender = Género
beneficiary-social-status = Situação
beneficiary-commune = Município de residência
beneficiary-phone = Telefone
beneficiary-email = E-mail
beneficiary-languages = Línguas faladas
beneficiary-languages-help = Marque primeiro a língua mais usada.
beneficiary-document-language = Língua dos documentos entregues
beneficiary-document-language-help = A língua dos resumos impressos, ao lado do francês.
beneficiary-notes = Notas
beneficiary-notes-help = Só o que for útil para acompanhar a pessoa. Nada de informações de saúde desnecessárias.
beneficiary-save = Guardar a ficha

commune-placeholder = Nome do município ou código postal…
commune-help = Escreva pelo menos 2 letras ou algarismos e depois escolha na lista.
commune-clear = Apagar o município
commune-postal-codes = { $codes }
commune-with-postal-code = { $name } ({ $postalCode })

## Ficha de uma pessoa: consulta

file-record-activity = Registar um acompanhamento
file-edit = Alterar a ficha
file-born = { $gender ->
    [feminin] Nascida em { $year }
    [masculin] Nascido em { $year }
   *[other] Ano de nascimento: { $year }
}
file-identity = Identidade
file-latin-name = Em letras latinas:
file-not-given = Não indicado
file-activities = Acompanhamentos ({ $count })
file-no-activity = Nenhum acompanhamento registado para esta pessoa.
procedure-reference = Referência:
procedure-deadline = Prazo: { $date }

## Registar um acompanhamento

activity-form-title = Novo acompanhamento individual
activity-form-for = Para:
activity-section-when = Quando e durante quanto tempo
activity-section-where = Onde
activity-section-what = O que foi feito
activity-section-how = Como correu
activity-section-notes = Notas e próximos passos
activity-date = Data
activity-duration = Duração
activity-duration-custom = Outra duração
activity-minutes-unit = minutos
activity-place-type = Local do acompanhamento
activity-place = Local de atividade
activity-place-choose = Escolher um local…
activity-place-option = { $name } ({ $commune })
activity-no-place = Ainda não há nenhum local de atividade registado.
activity-place-add = + Acrescentar um local de atividade
activity-place-new-name = Nome do local (por exemplo «Paragem de Felletin» ou «Correios»)
activity-place-new-commune = Município do local
activity-place-create = Acrescentar este local
activity-place-cancel = Cancelar
activity-place-in-commune = { $place } ({ $commune })
activity-commune = Município
activity-themes = Temas
activity-administrative-themes = Processos administrativos: áreas
activity-procedure-name = Nome do processo
activity-procedure-name-placeholder = Por exemplo: renovação do titre de séjour
activity-equipment = Equipamento utilizado
activity-autonomy = Autonomia da pessoa
activity-oriented = Encaminhada para outra organização?
activity-orientation = Encaminhamento
activity-orientation-choose = Escolher a organização…
activity-notes = Notas
activity-next-steps = Próximos passos
activity-next-steps-help = O que a pessoa tem de fazer ou trazer da próxima vez.
activity-save = Guardar o acompanhamento

## Sair sem guardar

leave-title = Sair sem guardar?
leave-text = Começou a preencher este formulário. Se sair agora, o que escreveu vai perder-se.
leave-stay = Ficar no formulário
leave-discard = Sair sem guardar

## Confirmações

toast-activity-saved = Acompanhamento guardado.
toast-beneficiary-created = Ficha criada.
toast-beneficiary-saved = Ficha guardada.

## Erros verificados pela interface antes de chamar o núcleo

error-ui-passphrases-differ = As duas frases secretas não são iguais.
error-ui-commune-not-chosen = Escolha o município na lista proposta; caso contrário, não será guardado.
error-ui-duration-required = Escolha uma duração.
error-ui-orientation-required = Escolha a organização para onde a pessoa é encaminhada.
