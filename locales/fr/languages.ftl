# Réglages : les langues d’Escale et l’état de leur relecture.

languages-title = Langues
languages-help = Escale parle ces langues. Une traduction en brouillon n’a pas encore été relue par une personne dont c’est la langue : faites-la relire avant de la montrer à beaucoup de monde.
languages-column-language = Langue
languages-column-messages = Textes traduits
languages-column-review = Relecture
languages-messages = { $translated } sur { $total }
languages-right-to-left = S’écrit de droite à gauche
languages-review-reference = Langue de référence
languages-review-drafted = Brouillon du { $date }, pas encore relu
languages-review-drafted-undated = Brouillon, pas encore relu
languages-review-reviewed = Relu le { $date } par { $reviewer }
