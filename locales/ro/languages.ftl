# Settings: Escale's languages and how far each translation has been checked.

languages-title = Limbi
languages-help = Escale vorbește aceste limbi. O traducere ciornă nu a fost încă citită de un vorbitor nativ: cereți să fie verificată înainte de a o arăta multor oameni.
languages-column-language = Limbă
languages-column-messages = Texte traduse
languages-column-review = Verificare
languages-messages = { $translated } din { $total }
languages-right-to-left = Se scrie de la dreapta la stânga
languages-review-reference = Limba de referință
languages-review-drafted = Ciornă din { $date }, încă neverificată
languages-review-drafted-undated = Ciornă, încă neverificată
languages-review-reviewed = Verificată pe { $date } de { $reviewer }
