# Recording an accompaniment or a workshop (ui/src/features/activity).

record-new-accompaniment = Нова консультація
record-new-workshop = Нове групове заняття
shortcut-new-accompaniment = Ctrl+Shift+N
record-new-accompaniment-title = Записати консультацію з будь-якого екрана (Ctrl+Shift+N)
record-keys-help = Tab: наступний розділ · стрілки: вибрати · Пробіл: позначити · Ctrl+Enter: зберегти

record-person = Людина, якій допомагають
record-person-placeholder = Кілька літер імені чи прізвища…
record-person-help = Enter вибирає виділену людину; стрілки змінюють вибір.
record-person-create = Створити людину «{ $name }»
record-person-anonymous = Анонімна особа (без імені)
record-person-born = рік народження: { $year }
record-person-last-seen = остання зустріч: { $date }
record-person-change = Вибрати іншу людину
record-person-new = Нова людина
record-person-search-again = Краще знайти відому людину
record-person-accompanied-before = Уже отримувала допомогу раніше (деінде або до Escale)

date-letter-day = д
date-letter-month = м
date-letter-year = р

record-more-themes = { $count ->
    [one] + ще { $count } тема
    [few] + ще { $count } теми
    [many] + ще { $count } тем
   *[other] + ще { $count } тем
}
record-place = Місце
record-place-from-day = Місце від { $date } — Ваше останнє.
record-orientation-none = Без направлення

record-workshop-title = Нове групове заняття
record-workshop-name = Назва заняття
record-workshop-level = Рівень
record-workshop-save = Зберегти заняття
record-participants = Відомі учасники (люди з картками)
record-participants-chosen = Вибрані учасники
record-participant-remove = Прибрати із заняття: { $name }
record-participant-remove-short = Прибрати

record-anonymous-title = Анонімні учасники
record-anonymous-total = Загальна кількість
record-anonymous-already = З них уже отримували допомогу
record-anonymous-gender = Стать
record-anonymous-age-band = Вікова група
record-anonymous-social-status = Становище
record-anonymous-sum = { $sum } з { $total }

toast-workshop-saved = Заняття збережено.

error-ui-person-required = Виберіть людину, якій допомагали, створіть її або виберіть «Анонімна особа».
error-ui-count-invalid = Вкажіть ціле число (лише цифри).

record-edit-title = Виправити консультацію
record-workshop-edit-title = Виправити заняття
record-save-correction = Зберегти виправлення
toast-activity-corrected = Виправлення збережено.
