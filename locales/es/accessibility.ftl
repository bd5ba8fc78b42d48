# Accessibility: the keyboard shortcuts panel (F1 or ?), translated from locales/fr/accessibility.ftl.

shortcuts-open = Atajos de teclado
shortcuts-title = Atajos de teclado
shortcuts-intro = Estas teclas hacen el trabajo sin el ratón.
shortcuts-close = Cerrar
shortcuts-keys-either = { $first } o { $second }
shortcuts-place-everywhere = En todas partes
shortcuts-place-forms = En los formularios
shortcuts-place-lists = En las listas y las búsquedas

## Keys

shortcut-help = F1
shortcut-help-question = ?
shortcut-search = Ctrl+K
shortcut-search-slash = /
shortcut-undo = Ctrl+Z
shortcut-tab = Tab
shortcut-arrows = Flechas
shortcut-space = Espacio
shortcut-up-down = ↑ ↓
shortcut-page = Re Pág / Av Pág
shortcut-enter = Intro

## Actions

shortcuts-action-help = Mostrar esta lista de atajos
shortcuts-action-search = Buscar a una persona
shortcuts-action-new-person = Nueva persona
shortcuts-action-new-accompaniment = Registrar un acompañamiento
shortcuts-action-follow-up = Abrir la lista «Por seguir»
shortcuts-action-lock = Bloquear la pantalla
shortcuts-action-undo = Deshacer la última acción, cuando el mensaje de abajo propone «Deshacer»
shortcuts-action-back = Volver a la pantalla anterior
shortcuts-action-save = Guardar el formulario
shortcuts-action-next-field = Pasar al apartado siguiente (Mayús+Tab: al anterior)
shortcuts-action-choices = Pasar de una opción a otra en un grupo
shortcuts-action-tick = Marcar o desmarcar la opción
shortcuts-action-date-step = En una fecha: día siguiente o día anterior
shortcuts-action-list-move = Pasar de una línea a otra
shortcuts-action-list-page = Bajar o subir una página
shortcuts-action-list-open = Abrir la línea elegida
shortcuts-action-search-clear = En una búsqueda: borrar lo escrito
