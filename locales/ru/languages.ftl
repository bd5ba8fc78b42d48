# Settings: Escale's languages and how far each translation has been checked.

languages-title = Языки
languages-help = Escale говорит на этих языках. Черновик перевода ещё не проверил носитель языка: дайте его проверить, прежде чем показывать многим людям.
languages-column-language = Язык
languages-column-messages = Переведённые тексты
languages-column-review = Проверка
languages-messages = { $translated } из { $total }
languages-right-to-left = Пишется справа налево
languages-review-reference = Язык-образец
languages-review-drafted = Черновик от { $date }, ещё не проверен
languages-review-drafted-undated = Черновик, ещё не проверен
languages-review-reviewed = Проверено { $date }: { $reviewer }
