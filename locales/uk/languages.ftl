# Settings: Escale's languages and how far each translation has been checked.

languages-title = Мови
languages-help = Escale розмовляє цими мовами. Чернетку перекладу ще не перевірила людина, для якої це рідна мова: дайте її перевірити, перш ніж показувати багатьом людям.
languages-column-language = Мова
languages-column-messages = Перекладені тексти
languages-column-review = Перевірка
languages-messages = { $translated } з { $total }
languages-right-to-left = Пишеться справа наліво
languages-review-reference = Мова-зразок
languages-review-drafted = Чернетка від { $date }, ще не перевірена
languages-review-drafted-undated = Чернетка, ще не перевірена
languages-review-reviewed = Перевірено { $date }: { $reviewer }
