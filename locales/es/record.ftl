# Registrar un acompañamiento o un taller (ui/src/features/activity).

record-new-accompaniment = Nuevo acompañamiento
record-new-workshop = Nuevo taller
shortcut-new-accompaniment = Ctrl+Mayús+N
record-new-accompaniment-title = Registrar un acompañamiento desde cualquier pantalla (Ctrl+Mayús+N)
record-keys-help = Tab: siguiente apartado · flechas: elegir · Espacio: marcar · Ctrl+Enter: guardar

record-person = Persona acompañada
record-person-placeholder = Algunas letras del nombre…
record-person-help = Enter elige a la persona resaltada; las flechas cambian la selección.
record-person-create = Crear a la persona «{ $name }»
record-person-anonymous = Persona anónima (sin nombre)
record-person-born = año de nacimiento: { $year }
record-person-last-seen = última visita: { $date }
record-person-change = Cambiar de persona
record-person-new = Nueva persona
record-person-search-again = Buscar entre las personas ya registradas
record-person-accompanied-before = Ya recibió acompañamiento antes (en otro lugar o antes de Escale)

date-letter-day = d
date-letter-month = m
date-letter-year = a

record-more-themes = { $count ->
    [one] + 1 tema más
    [many] + { $count } temas más
   *[other] + { $count } temas más
}
record-place = Lugar
record-place-from-day = El del { $date }, el último que usó.
record-orientation-none = Sin derivación

record-workshop-title = Nuevo taller grupal
record-workshop-name = Título del taller
record-workshop-level = Nivel
record-workshop-save = Guardar el taller
record-participants = Participantes con ficha (personas conocidas)
record-participants-chosen = Participantes elegidos
record-participant-remove = Quitar a { $name } del taller
record-participant-remove-short = Quitar

record-anonymous-title = Participantes anónimos
record-anonymous-total = Número total
record-anonymous-already = De ellos, ya acompañados antes
record-anonymous-gender = Género
record-anonymous-age-band = Grupo de edad
record-anonymous-social-status = Situación
record-anonymous-sum = { $sum } de { $total }

toast-workshop-saved = Taller guardado.

error-ui-person-required = Elija a la persona acompañada, créela o elija «Persona anónima».
error-ui-count-invalid = Indique un número entero (solo cifras).

record-edit-title = Corregir el acompañamiento
record-workshop-edit-title = Corregir el taller
record-save-correction = Guardar la corrección
toast-activity-corrected = Corrección guardada.
