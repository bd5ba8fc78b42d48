## Estatísticas de um período (ecrã, linha de comandos, exportações e relatório mensal).

stats-title = Estatísticas
stats-open = Estatísticas
stats-period = Período
stats-period-this-month = Este mês
stats-period-last-month = O mês passado
stats-period-this-year = Este ano
stats-period-custom = Período escolhido
stats-from = De
stats-to = Até
stats-show = Mostrar
stats-place = Local
stats-place-all = Todos os locais
stats-subtitle = De { $from } a { $to }
stats-subtitle-place = De { $from } a { $to }, em { $place }
stats-empty = Nenhuma atividade registada neste período.
stats-key-figures = Números principais
stats-total-accompaniments = Acompanhamentos
stats-total-people = Pessoas acompanhadas
stats-total-new-people = Pessoas novas
stats-total-followed-people = Pessoas com ficha
stats-total-anonymous-people = Pessoas anónimas
stats-total-individual = Acompanhamentos individuais
stats-total-workshop-participants = Participações em sessões de grupo
stats-total-activities = Atividades
stats-total-workshops = Sessões de grupo
stats-months = Os últimos 12 meses
stats-months-caption = Acompanhamentos e pessoas acompanhadas por mês
stats-column-month = Mês
stats-column-accompaniments = Acompanhamentos
stats-column-people = Pessoas
stats-column-label = Valor
stats-column-count = Número
stats-column-percent = Percentagem
stats-digital-themes = Temas de mediação digital
stats-administrative-themes = Temas administrativos
stats-equipment = Equipamento utilizado
stats-channels = Canais de acompanhamento
stats-durations = Durações
stats-places = Locais de atividade
stats-genders = Género
stats-age-bands = Faixas etárias
stats-social-statuses = Situação das pessoas
stats-communes = Município de residência
stats-commune-unknown = Município não indicado
stats-activities-note = Percentagem das atividades do período; uma atividade pode ter vários temas.
stats-people-note = Percentagem das pessoas acompanhadas no período.
stats-loading = A calcular as estatísticas…

error-period-ends-before-start = O período termina antes de começar: verifique as duas datas.
error-period-too-long = Este período é demasiado longo (mais de { $max } dias): verifique o ano das duas datas.

cli-about-escale-stats = Os números de um período: acompanhamentos, pessoas, temas, locais, por mês (este mês por omissão).
cli-arg-escale-stats-from = Primeiro dia do período (AAAA-MM-DD), o dia 1 do mês por omissão.
cli-arg-escale-stats-to = Último dia do período (AAAA-MM-DD), hoje por omissão.
cli-arg-escale-stats-month = Um mês inteiro (AAAA-MM), em vez de --from e --to.
cli-arg-escale-stats-place = Só as atividades deste local (o seu identificador).
cli-arg-escale-stats-json = Resultado em JSON.
cli-stats-period = Estatísticas de { $from } a { $to }
cli-stats-accompaniments = { $count ->
    [one] { $count } acompanhamento
    [many] { $count } acompanhamentos
   *[other] { $count } acompanhamentos
} ({ $individual } individuais, { $workshop } em sessões de grupo)
cli-stats-people = { $count ->
    [one] { $count } pessoa acompanhada
    [many] { $count } pessoas acompanhadas
   *[other] { $count } pessoas acompanhadas
}, das quais { $new } novas ({ $followed } com ficha, { $anonymous } anónimas)
cli-stats-activities = { $count ->
    [one] { $count } atividade
    [many] { $count } atividades
   *[other] { $count } atividades
} ({ $individual } acompanhamentos individuais, { $workshops } sessões de grupo)
cli-stats-share = { "  " }{ $label }: { $count } ({ $percent } %)
cli-stats-month = { "  " }{ $month }: { $accompaniments } acompanhamentos, { $people } pessoas
