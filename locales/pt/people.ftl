# A ficha de uma pessoa: corrigir, eliminar e recuperar um acompanhamento, o histórico,
# os prováveis duplicados, a junção de duas fichas e a sua anulação.

## Linha de comandos
cli-about-escale-activity-edit = Corrige um acompanhamento ou uma sessão de grupo: só mudam as opções indicadas.
cli-arg-escale-activity-edit-id = Identificador da atividade.
cli-arg-escale-activity-edit-date = Nova data (AAAA-MM-DD).
cli-arg-escale-activity-edit-duration = Nova duração em minutos.
cli-arg-escale-activity-edit-themes = Tema (código nacional; pode repetir-se; substitui todos os temas).
cli-arg-escale-activity-edit-notes = Novas notas.
cli-arg-escale-activity-edit-next_steps = Novos próximos passos.
cli-arg-escale-activity-edit-json = Resultado em JSON.
cli-about-escale-activity-delete = Elimina uma atividade. Pode ser recuperada depois.
cli-arg-escale-activity-delete-id = Identificador da atividade.
cli-arg-escale-activity-delete-json = Resultado em JSON.
cli-about-escale-activity-restore = Recupera uma atividade eliminada.
cli-arg-escale-activity-restore-id = Identificador da atividade.
cli-arg-escale-activity-restore-json = Resultado em JSON.
cli-activity-deleted = Atividade { $id } eliminada. Para a recuperar: escale activity restore { $id }
cli-about-escale-beneficiary-timeline = Mostra o histórico de uma pessoa: acompanhamentos, sessões de grupo, etapas dos processos, do mais recente para o mais antigo.
cli-arg-escale-beneficiary-timeline-id = Identificador da pessoa.
cli-arg-escale-beneficiary-timeline-limit = Número máximo de linhas.
cli-arg-escale-beneficiary-timeline-json = Resultado em JSON.
cli-timeline-empty = Ainda não há nada registado para esta pessoa.
cli-about-escale-beneficiary-merge = Junta duas fichas da mesma pessoa. Sem --yes, só mostra o que a junção faria.
cli-arg-escale-beneficiary-merge-kept = Identificador da ficha que fica.
cli-arg-escale-beneficiary-merge-other = Identificador da ficha duplicada, que será junta à ficha que fica.
cli-arg-escale-beneficiary-merge-yes = Juntar mesmo.
cli-arg-escale-beneficiary-merge-json = Resultado em JSON.
cli-merge-preview = A ficha que fica vai receber { $accompaniments ->
        [0] { $accompaniments } acompanhamentos
        [one] { $accompaniments } acompanhamento
        [many] { $accompaniments } acompanhamentos
       *[other] { $accompaniments } acompanhamentos
    }, { $procedures ->
        [0] { $procedures } processos
        [one] { $procedures } processo
        [many] { $procedures } processos
       *[other] { $procedures } processos
    } e { $consents ->
        [0] { $consents } consentimentos
        [one] { $consents } consentimento
        [many] { $consents } consentimentos
       *[other] { $consents } consentimentos
    }. Campos preenchidos: { $fields }. Acrescente --yes para juntar.
cli-merged = Fichas juntas. Para anular: escale beneficiary unmerge { $merge }
cli-about-escale-beneficiary-unmerge = Anula uma junção: as duas fichas voltam a ser como antes.
cli-arg-escale-beneficiary-unmerge-merge = Identificador da junção (indicado quando foi feita).
cli-arg-escale-beneficiary-unmerge-json = Resultado em JSON.
cli-unmerged = Junção anulada. A ficha { $id } está de volta.
cli-likely-duplicate = Atenção: já existe uma pessoa com o mesmo nome e o mesmo ano de nascimento ({ $id }). Se for a mesma pessoa, junte as fichas: escale beneficiary merge

## Ficha da pessoa
undo = Anular
file-timeline = Histórico
file-timeline-older = Ver os mais antigos
file-workshop-participants = { $count ->
        [0] { $count } participantes
        [one] { $count } participante
        [many] { $count } participantes
       *[other] { $count } participantes
    }
file-activity-edit = Corrigir
file-activity-delete = Eliminar
file-activity-restore = Recuperar
file-activity-deleted = Acompanhamento de { $date } eliminado.
file-activity-restored = Acompanhamento recuperado.
file-deleted-activities = { $count ->
        [0] { $count } acompanhamentos eliminados
        [one] { $count } acompanhamento eliminado
        [many] { $count } acompanhamentos eliminados
       *[other] { $count } acompanhamentos eliminados
    }

## Junção de duas fichas
merge-open = Juntar com outra ficha
merge-title = Juntar outra ficha à de { $name }
merge-explanation = Se esta pessoa tiver duas fichas, procure a outra. Esta ficha fica; recebe os acompanhamentos, os processos e os consentimentos da outra, e as informações que lhe faltam.
merge-search = Procurar a outra ficha (nome próprio ou de família)
merge-preview-into = A ficha de { $other } será junta à de { $kept }.
merge-preview-no-field = Nenhuma informação é acrescentada à ficha que fica.
merge-preview-fields = Informações acrescentadas à ficha que fica: { $fields }.
merge-preview-accompaniments = { $count ->
        [0] Nenhum acompanhamento para transferir.
        [one] { $count } acompanhamento transferido.
        [many] { $count } acompanhamentos transferidos.
       *[other] { $count } acompanhamentos transferidos.
    }
merge-preview-procedures = { $count ->
        [0] Nenhum processo para transferir.
        [one] { $count } processo transferido.
        [many] { $count } processos transferidos.
       *[other] { $count } processos transferidos.
    }
merge-preview-consents = { $count ->
        [0] Nenhum consentimento para transferir.
        [one] { $count } consentimento transferido.
        [many] { $count } consentimentos transferidos.
       *[other] { $count } consentimentos transferidos.
    }
merge-preview-undo = Poderá anular a junção a partir desta ficha.
merge-field-name = Nome da pessoa
merge-confirm = Juntar as duas fichas
merge-done = Fichas juntas.
merge-undone = Junção anulada: as duas fichas estão de volta.
merge-history = Junções
merge-made-on = Ficha junta em { $date }
merge-undo = Anular a junção

## Prováveis duplicados
duplicate-warning = Esta pessoa talvez já esteja registada (mesmo nome, mesmo ano de nascimento):
duplicate-open = Abrir a ficha dela
