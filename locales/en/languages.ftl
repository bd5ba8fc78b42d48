# Settings: Escale's languages and how far each translation has been checked.

languages-title = Languages
languages-help = Escale speaks these languages. A draft translation has not yet been read by a native speaker: have it checked before you show it to many people.
languages-column-language = Language
languages-column-messages = Texts translated
languages-column-review = Review
languages-messages = { $translated } of { $total }
languages-right-to-left = Written right to left
languages-review-reference = Reference language
languages-review-drafted = Draft of { $date }, not yet checked
languages-review-drafted-undated = Draft, not yet checked
languages-review-reviewed = Checked on { $date } by { $reviewer }
