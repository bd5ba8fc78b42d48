## O relatório mensal de atividade (PDF para a organização e os seus financiadores), a sua parte no
## ecrã das estatísticas e o comando `escale report`.

report-title = Relatório de atividade — { $month }
report-period-all-places = De { $from } a { $to }, todos os locais de atividade
report-printed-on = Emitido em { $date }
report-number = { $value }
report-share = { $count } ({ $percent } %)
report-note-heading = Uma palavra da organização
report-months-caption = Acompanhamentos por mês, nos doze meses que terminam com o mês do relatório.
report-procedures = Processos com mais acompanhamentos
report-procedures-note = Número de atividades que trataram cada processo: processos acompanhados e processos indicados num acompanhamento.
report-nothing = Nada registado neste mês.
documents-file-report = relatorio-atividade-{ $month }.pdf
audit-entity-report-note = texto do relatório mensal
error-month-invalid = Este mês não é válido: escreva-o na forma AAAA-MM, por exemplo 2026-10.

report-section = Relatório mensal
report-explanation = Um PDF para a organização e os seus financiadores: os números do mês, os gráficos, os temas e processos, os locais e municípios, e o seu texto.
report-month = Mês do relatório
report-note-label = Uma palavra da organização para este mês
report-note-help = Algumas linhas impressas no relatório: o que marcou o mês, um novo local, um parceiro. Fica guardado assim que sair do campo.
report-note-saved = Texto guardado.
report-note-count = { $count } / { $max } caracteres
report-print = Guardar o relatório em PDF…
print-title-monthly-report = Relatório mensal de atividade

cli-about-escale-report = O relatório mensal de atividade para a organização e os seus financiadores, em PDF: números principais, gráficos, temas, processos, locais e municípios.
cli-arg-escale-report-month = O mês do relatório (AAAA-MM); por omissão, o mês passado.
cli-arg-escale-report-place = Só as atividades deste local (o seu identificador).
cli-arg-escale-report-text = Uma palavra da organização para este mês, guardada para as próximas impressões ("" apaga-a).
cli-arg-escale-report-text_file = O mesmo texto, lido de um ficheiro de texto (UTF-8).
cli-arg-escale-report-out = Ficheiro PDF a escrever (substituído se existir); caso contrário, o nome do relatório, na pasta atual.
cli-report-text-not-read = O ficheiro { $path } não pode ser lido como texto: verifique se existe e se está guardado em UTF-8.
