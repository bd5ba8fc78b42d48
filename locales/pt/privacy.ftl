# Direitos da pessoa: a cópia legível dos seus dados (direito de acesso) e o registo de acessos.

access-document-title = Os seus dados pessoais no Escale
access-document-intro = Este documento contém tudo o que a organização que lhe dá apoio registou a seu respeito no Escale, à data de { $date }.
# Uma linha «etiqueta: valor».
access-line = { $label }: { $value }
access-list-separator = {", "}
access-value-missing = não indicado
access-none = Nenhum.
access-erased = A sua identidade, os seus dados de contacto e as notas a seu respeito foram apagados em { $date }.

access-section-identity = Identidade e dados de contacto
access-section-consents = Consentimentos
access-section-accompaniments = Acompanhamentos
access-section-procedures = Processos administrativos
access-section-audit = Quem consultou ou alterou a sua ficha, e quando

access-label-id = Identificador da ficha
access-label-birth-year = Ano de nascimento
access-label-gender = Género
access-label-social-status = Situação
access-label-commune = Município
access-commune = { $name } ({ $postalCode }, código INSEE { $inseeCode })
access-consent = Consentimento dado em { $date } ({ $method }) para: { $purposes }.
access-consent-withdrawn = Retirado em { $date }.
access-accompaniment = { $date } — { $kind }, { $duration }, { $place }
access-label-themes = Temas
access-label-workshop = Sessão de grupo
access-label-autonomy = Autonomia
access-label-orientation = Encaminhamento
access-label-procedure-name = Processo
access-label-next-steps = Próximos passos
access-procedure = { $kind } — { $status }
access-label-reference = Número de processo
access-label-deadline = Prazo
access-status-change = { $date }: { $status }
access-audit-event = { $date } — { $action } ({ $entity })

# Ações do registo de acessos (códigos de crates/escale-core/src/privacy/audit.rs).
audit-action-create = criação
audit-action-update = alteração
audit-action-status-change = mudança de estado
audit-action-delete = eliminação
audit-action-view = consulta
audit-action-export = exportação dos dados
audit-action-erase = apagamento
audit-action-anonymise = anonimização (prazo de conservação ultrapassado)
audit-action-withdraw = retirada do consentimento
audit-action-restore = recuperação (eliminação ou junção anulada)
audit-action-merge = junção de duas fichas

# A que se refere uma linha do registo.
audit-entity-beneficiary = ficha da pessoa
audit-entity-activity = acompanhamento
audit-entity-procedure = processo
audit-entity-consent = consentimento
audit-entity-place = local de atividade
audit-entity-structure = organização
audit-entity-setting = definição
audit-entity-catalogue-entry = processo do catálogo

privacy-title = Dados pessoais e direitos da pessoa
privacy-consents = Consentimento
privacy-no-consent = Nenhum consentimento registado.
privacy-consent-line = Dado em { $date } ({ $method })
privacy-consent-withdrawn-on = Retirado em { $date }
privacy-withdraw = Retirar este consentimento hoje
privacy-consent-date = Data do consentimento
privacy-consent-method = Como
privacy-consent-purposes = Para quê
privacy-record-consent = Registar o consentimento
privacy-consent-recorded = Consentimento registado.
privacy-consent-withdrawn = Retirada do consentimento registada.
privacy-access = Cópia dos dados (direito de acesso)
privacy-access-explanation = Dois ficheiros: um texto legível na língua da pessoa e todos os dados em JSON. O nome dos ficheiros não contém o nome de nenhuma pessoa.
privacy-export-folder = Pasta onde guardar
privacy-usb-key = Pen USB
privacy-documents = Documentos
privacy-export = Guardar a cópia dos dados
privacy-exported = Cópia guardada:
privacy-erasure = Apagamento
privacy-erasure-explanation = Apaga de vez a identidade, os dados de contacto e as notas desta pessoa. Os acompanhamentos continuam a contar, sem nome, para as estatísticas.
privacy-erase = Apagar os dados desta pessoa…
privacy-erasure-question = Apagar de vez os dados desta pessoa?
privacy-erasure-goes = O que vai ser apagado:
privacy-erasure-accompaniment-notes = { $count ->
    [one] as notas e os próximos passos de um acompanhamento
    [many] as notas e os próximos passos de { $count } acompanhamentos
   *[other] as notas e os próximos passos de { $count } acompanhamentos
}
privacy-erasure-procedure-texts = { $count ->
    [one] o número de processo e as notas de um processo
    [many] os números de processo e as notas de { $count } processos
   *[other] os números de processo e as notas de { $count } processos
}
privacy-erasure-status-notes = { $count ->
    [one] uma nota de seguimento de processo
    [many] { $count } notas de seguimento de processos
   *[other] { $count } notas de seguimento de processos
}
privacy-erasure-keeps = Ficam, sem nome, para as estatísticas: { $accompaniments ->
    [0] { $accompaniments } acompanhamentos
    [one] { $accompaniments } acompanhamento
    [many] { $accompaniments } acompanhamentos
   *[other] { $accompaniments } acompanhamentos
} e { $procedures ->
    [0] { $procedures } processos
    [one] { $procedures } processo
    [many] { $procedures } processos
   *[other] { $procedures } processos
}. Este apagamento não pode ser anulado.
privacy-erasure-cancel = Não apagar
privacy-erasure-confirm = Apagar de vez
privacy-erased = Os dados da pessoa foram apagados.
audit-title = Registo de consultas e alterações
audit-when = Quando
audit-what = Ação
audit-which = O quê
audit-open-file = Abrir a ficha
audit-more = Mostrar mais
audit-empty = Nada no registo.
retention-title = Prazo de conservação
retention-explanation = As fichas sem nenhum acompanhamento durante este tempo são anonimizadas quando o Escale é aberto. As estatísticas não mudam.
retention-months = Conservar as fichas inativas durante (meses)
retention-save = Guardar o prazo
retention-saved = Prazo de conservação guardado.
retention-preview-title = Fichas anonimizadas nos próximos 30 dias
retention-preview-none = Nenhuma ficha será anonimizada nos próximos 30 dias.
retention-preview-line = { $name } — último acompanhamento em { $last }, anonimizada em { $on }
retention-preview-more = E mais { $count }.
