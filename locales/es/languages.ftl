# Settings: Escale's languages and how far each translation has been checked.

languages-title = Idiomas
languages-help = Escale habla estos idiomas. Un borrador de traducción todavía no lo ha leído una persona nativa: pida que lo revisen antes de mostrarlo a mucha gente.
languages-column-language = Idioma
languages-column-messages = Textos traducidos
languages-column-review = Revisión
languages-messages = { $translated } de { $total }
languages-right-to-left = Se escribe de derecha a izquierda
languages-review-reference = Idioma de referencia
languages-review-drafted = Borrador del { $date }, todavía sin revisar
languages-review-drafted-undated = Borrador, todavía sin revisar
languages-review-reviewed = Revisado el { $date } por { $reviewer }
