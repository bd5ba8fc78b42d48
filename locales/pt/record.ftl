# Registar um acompanhamento ou uma sessão de grupo (ui/src/features/activity).

record-new-accompaniment = Novo acompanhamento
record-new-workshop = Nova sessão de grupo
shortcut-new-accompaniment = Ctrl+Shift+N
record-new-accompaniment-title = Registar um acompanhamento a partir de qualquer página (Ctrl+Shift+N)
record-keys-help = Tab: secção seguinte · setas: escolher · Espaço: marcar · Ctrl+Enter: guardar

record-person = Pessoa acompanhada
record-person-placeholder = Algumas letras do nome…
record-person-help = Enter escolhe a pessoa destacada; as setas mudam a escolha.
record-person-create = Criar a pessoa «{ $name }»
record-person-anonymous = Pessoa anónima (sem nome)
record-person-born = ano de nascimento: { $year }
record-person-last-seen = última visita: { $date }
record-person-change = Mudar de pessoa
record-person-new = Nova pessoa
record-person-search-again = Procurar entre as pessoas já registadas
record-person-accompanied-before = Já teve acompanhamento antes (noutro lugar ou antes do Escale)

date-letter-day = d
date-letter-month = m
date-letter-year = a

record-more-themes = { $count ->
    [one] + 1 outro tema
    [many] + { $count } outros temas
   *[other] + { $count } outros temas
}
record-place = Local
record-place-from-day = O de { $date }, o último que usou.
record-orientation-none = Sem encaminhamento

record-workshop-title = Nova sessão de grupo
record-workshop-name = Título da sessão
record-workshop-level = Nível
record-workshop-save = Guardar a sessão de grupo
record-participants = Participantes com ficha (pessoas conhecidas)
record-participants-chosen = Participantes escolhidos
record-participant-remove = Retirar { $name } da sessão
record-participant-remove-short = Retirar

record-anonymous-title = Participantes anónimos
record-anonymous-total = Número total
record-anonymous-already = Dos quais já acompanhados antes
record-anonymous-gender = Género
record-anonymous-age-band = Faixa etária
record-anonymous-social-status = Situação
record-anonymous-sum = { $sum } de { $total }

toast-workshop-saved = Sessão de grupo guardada.

error-ui-person-required = Escolha a pessoa acompanhada, crie-a ou escolha «Pessoa anónima».
error-ui-count-invalid = Indique um número inteiro (só algarismos).

record-edit-title = Corrigir o acompanhamento
record-workshop-edit-title = Corrigir a sessão de grupo
record-save-correction = Guardar a correção
toast-activity-corrected = Correção guardada.
