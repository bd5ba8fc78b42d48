# Accessibility: the keyboard shortcuts panel (F1 or ?), translated from locales/fr/accessibility.ftl.

shortcuts-open = Atalhos de teclado
shortcuts-title = Atalhos de teclado
shortcuts-intro = Estas teclas fazem o trabalho sem o rato.
shortcuts-close = Fechar
shortcuts-keys-either = { $first } ou { $second }
shortcuts-place-everywhere = Em todo o lado
shortcuts-place-forms = Nos formulários
shortcuts-place-lists = Nas listas e nas pesquisas

## Keys

shortcut-help = F1
shortcut-help-question = ?
shortcut-search = Ctrl+K
shortcut-search-slash = /
shortcut-undo = Ctrl+Z
shortcut-tab = Tab
shortcut-arrows = Setas
shortcut-space = Espaço
shortcut-up-down = ↑ ↓
shortcut-page = Page Up / Page Down
shortcut-enter = Enter

## Actions

shortcuts-action-help = Mostrar esta lista de atalhos
shortcuts-action-search = Procurar uma pessoa
shortcuts-action-new-person = Nova pessoa
shortcuts-action-new-accompaniment = Registar um acompanhamento
shortcuts-action-follow-up = Abrir a lista «A acompanhar»
shortcuts-action-lock = Bloquear o ecrã
shortcuts-action-undo = Anular a última ação, quando a mensagem em baixo propõe «Anular»
shortcuts-action-back = Voltar ao ecrã anterior
shortcuts-action-save = Guardar o formulário
shortcuts-action-next-field = Passar à secção seguinte (Shift+Tab: à anterior)
shortcuts-action-choices = Passar de uma opção a outra num grupo
shortcuts-action-tick = Marcar ou desmarcar a opção
shortcuts-action-date-step = Numa data: dia seguinte ou dia anterior
shortcuts-action-list-move = Passar de uma linha a outra
shortcuts-action-list-page = Descer ou subir uma página
shortcuts-action-list-open = Abrir a linha escolhida
shortcuts-action-search-clear = Numa pesquisa: apagar o que foi escrito
