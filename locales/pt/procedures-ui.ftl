# Páginas dos processos acompanhados na janela (ui/src/features/procedures e follow-up):
# a ficha de uma pessoa, começar um processo, a página de um processo, a lista «Pendentes»
# e o catálogo da organização. Frases curtas, palavras do dia a dia.

shortcut-follow-up = Ctrl+U

## Na ficha de uma pessoa

procedures-open-title = { $count ->
    [0] Processos em curso
   *[other] Processos em curso ({ $count })
}
procedures-start = Começar um processo
procedures-none-open = Nenhum processo em curso.
procedures-closed-title = { $count ->
    [one] { $count } processo terminado
    [many] { $count } processos terminados
   *[other] { $count } processos terminados
}
procedures-deadline = Prazo: { $date }
procedures-next-renewal = Renovação: { $date }
procedures-next-declaration = Próxima declaração: { $date }
procedures-call-back = Voltar a ligar em { $date }
procedures-documents-missing = { $count ->
    [0] Estão todos os documentos
    [one] Falta { $count } documento
    [many] Faltam { $count } documentos
   *[other] Faltam { $count } documentos
}

## O que se sabe de um processo do catálogo

procedure-for = Para:
procedure-own-entry = Próprio da organização
procedure-facts-organisation = Organismo
procedure-facts-theme = Tema
procedure-facts-delay = Prazo habitual
procedure-facts-days = { $days ->
    [one] { $days } dia
    [many] { $days } dias
   *[other] { $days } dias
}
procedure-facts-every = { $months ->
    [one] Todos os meses
    [many] De { $months } em { $months } meses
   *[other] De { $months } em { $months } meses
}
procedure-facts-documents = Documentos pedidos
procedure-facts-no-document = Nenhum documento na lista.

## Começar um processo

procedure-start-title = Começar um processo
procedure-start-search = Que processo?
procedure-start-search-help = Escreva algumas letras do nome ou do organismo. Setas ↑ ↓ para escolher, Enter para confirmar.
procedure-start-results = { $count ->
    [0] Nenhum processo
    [one] { $count } processo
    [many] { $count } processos
   *[other] { $count } processos
}
procedure-start-no-match = Nenhum processo corresponde a «{ $query }».
procedure-start-manage-catalogue = O processo não está na lista? Acrescente-o ao catálogo.
procedure-start-nothing-chosen = Escolha um processo na lista.
procedure-start-status = Em que ponto está o processo?
procedure-start-status-a_faire = Por fazer
procedure-start-status-deposee = Já entregue
procedure-start-status-acceptee = Já aprovado: acompanhar as renovações
procedure-started-on = Desde
procedure-start-confirm = Começar o seguimento

## A página de um processo

procedure-screen-since = desde { $date }
procedure-change-status = Mudar o estado
procedure-next-status = Novo estado
procedure-screen-status-on = Data
procedure-screen-status-note = Nota (facultativa)
procedure-screen-status-save = Guardar o estado
procedure-reopen-title = Reabrir o processo
procedure-reopen-open = Reabrir o processo…
procedure-closed-title = Processo terminado
procedure-reopen-explanation = Este processo está terminado. Para o retomar (recurso, novo pedido, decisão anulada), reabra-o e diga porquê.
procedure-reopen-status = Retomar com o estado
procedure-reopen-note = Porquê reabri-lo? (obrigatório)
procedure-reopen-save = Reabrir o processo
procedure-history = Histórico
procedure-step-reopened = Reaberto: { $status }

procedure-screen-documents-count = Documentos trazidos: { $brought } de { $total }
procedure-screen-brought-on = Trazido em { $date }
procedure-screen-not-needed = Não é preciso
procedure-screen-not-needed-label = { $document }: não é preciso, retirar da lista
procedure-screen-add-document = Acrescentar um documento à lista
procedure-screen-choose-document = Escolher um documento…
procedure-screen-add-document-button = Acrescentar

procedure-next-renewal-on = Renovação a fazer em { $date }
procedure-next-declaration-on = Declaração a fazer em { $date }
procedure-renewal-done = Renovação feita
procedure-declaration-done = Declaração feita
procedure-recurrence-done-help = Regista que foi feito hoje. A data seguinte é calculada automaticamente.

procedure-details = Referência, datas e notas
procedure-reference-label = Número de processo ou de pedido
procedure-deadline-label = Prazo
procedure-renewal-label = Data da renovação
procedure-declaration-label = Data da próxima declaração
procedure-call-back-label = Voltar a ligar à pessoa em
procedure-notes-label = Notas
procedure-details-save = Guardar
procedure-details-unsaved = Alterações ainda não guardadas

procedure-activities = { $count ->
    [0] Acompanhamentos associados
   *[other] Acompanhamentos associados ({ $count })
}
procedure-no-activity = Nenhum acompanhamento associado a este processo.
procedure-activity-line = { $date }: { $themes }
procedure-link = Associar um acompanhamento da pessoa
procedure-link-choose = Escolher um acompanhamento…
procedure-link-button = Associar
procedure-unlink = Desassociar
procedure-unlink-label = Desassociar o acompanhamento de { $date }

## Confirmações

procedure-toast-started = Processo começado.
procedure-toast-status = Estado guardado: { $status }.
procedure-toast-reopened = Processo reaberto: { $status }.
procedure-toast-document-brought = Documento trazido: { $document }.
procedure-toast-document-missing = Documento em falta: { $document }.
procedure-toast-document-not_needed = Documento retirado da lista: { $document }.
procedure-toast-document-added = Documento acrescentado à lista: { $document }.
procedure-toast-saved = Guardado.
procedure-toast-recurrence-done = Registado.
procedure-toast-recurrence-done-next = Registado. Próxima vez: { $date }.
procedure-toast-linked = Acompanhamento associado.
procedure-toast-unlinked = Acompanhamento desassociado.

## Pendentes

follow-up-title = Pendentes
follow-up-subtitle = Hoje, { $date }, e os 7 dias seguintes
follow-up-help = Enter ou clique: abrir o processo. Setas ↑ ↓ para passar de uma linha para outra.
follow-up-empty = Nada pendente esta semana.
follow-up-overdue = Em atraso ({ $count })
follow-up-today = Hoje ({ $count })
follow-up-week = Esta semana ({ $count })
follow-up-more = Mostrar mais (mais { $count })
follow-up-why-deadline = Prazo em { $date }
follow-up-why-renewal = Renovação em { $date }
follow-up-why-renewal-prepare = Renovação em { $date }, preparar a partir de { $start }
follow-up-why-declaration = Declaração em { $date }
follow-up-why-declaration-prepare = Declaração em { $date }, preparar a partir de { $start }
follow-up-why-stuck = { $status } desde { $date }: já é muito tempo
follow-up-why-call-back = Voltar a ligar em { $date }
follow-up-open-file = Ficha
follow-up-open-title = Abrir a lista «Pendentes» (Ctrl+U)
follow-up-count = Pendentes esta semana: { $count }
follow-up-count-overdue = { $count } em atraso
follow-up-count-none = Nada pendente esta semana

## Catálogo de processos da organização

catalogue-title = Catálogo de processos
catalogue-intro = Desmarque os processos que a sua organização nunca faz: deixam de ser propostos. Os processos já começados não mudam.
catalogue-filter = Procurar no catálogo
catalogue-hidden-count = { $count ->
    [one] { $count } processo oculto
    [many] { $count } processos ocultos
   *[other] { $count } processos ocultos
}
catalogue-no-match = Nenhum processo corresponde a «{ $query }».
catalogue-state-offered = Visível
catalogue-state-hidden = Oculto
catalogue-add-open = Acrescentar um processo próprio da organização
catalogue-add-title = Novo processo próprio da organização
catalogue-new-label = Nome do processo
catalogue-new-label-help = Tal como os seus colegas o procuram. Não é traduzido.
catalogue-choose-theme = Escolher um tema…
catalogue-no-organisation = Não indicado
catalogue-new-delay = Prazo habitual (dias)
catalogue-new-documents = { $count ->
    [0] Documentos pedidos
    [one] Documentos pedidos ({ $count } escolhido)
    [many] Documentos pedidos ({ $count } escolhidos)
   *[other] Documentos pedidos ({ $count } escolhidos)
}
catalogue-document-search = Procurar um documento…
catalogue-add-save = Acrescentar ao catálogo
catalogue-toast-added = Processo acrescentado ao catálogo: { $procedure }.
catalogue-toast-hidden = Processo oculto: { $procedure }.
catalogue-toast-offered = Processo visível de novo: { $procedure }.

## Erros verificados pela interface antes de chamar o núcleo

error-ui-procedure-status-required = Escolha o novo estado.
error-ui-procedure-theme-required = Escolha um tema administrativo.
