# Recording an accompaniment or a workshop (ui/src/features/activity).

record-new-accompaniment = Новая консультация
record-new-workshop = Новое групповое занятие
shortcut-new-accompaniment = Ctrl+Shift+N
record-new-accompaniment-title = Записать консультацию с любого экрана (Ctrl+Shift+N)
record-keys-help = Tab: следующий раздел · стрелки: выбрать · Пробел: отметить · Ctrl+Enter: сохранить

record-person = Человек, которому помогают
record-person-placeholder = Несколько букв имени или фамилии…
record-person-help = Enter выбирает выделенного человека; стрелки меняют выбор.
record-person-create = Создать карточку «{ $name }»
record-person-anonymous = Аноним (без имени)
record-person-born = год рождения: { $year }
record-person-last-seen = последняя встреча: { $date }
record-person-change = Выбрать другого человека
record-person-new = Добавить человека
record-person-search-again = Лучше найти уже известного человека
record-person-accompanied-before = Помощь уже оказывали раньше (в другом месте или до Escale)

date-letter-day = д
date-letter-month = м
date-letter-year = г

record-more-themes = { $count ->
    [one] + ещё { $count } тема
    [few] + ещё { $count } темы
    [many] + ещё { $count } тем
   *[other] + ещё { $count } тем
}
record-place = Место
record-place-from-day = Место от { $date } — Ваше последнее.
record-orientation-none = Без направления

record-workshop-title = Новое групповое занятие
record-workshop-name = Название занятия
record-workshop-level = Уровень
record-workshop-save = Сохранить занятие
record-participants = Известные участники (люди с карточками)
record-participants-chosen = Выбранные участники
record-participant-remove = Убрать из занятия: { $name }
record-participant-remove-short = Убрать

record-anonymous-title = Анонимные участники
record-anonymous-total = Общее число
record-anonymous-already = Из них уже получали помощь
record-anonymous-gender = Пол
record-anonymous-age-band = Возрастная группа
record-anonymous-social-status = Положение
record-anonymous-sum = { $sum } из { $total }

toast-workshop-saved = Занятие сохранено.

error-ui-person-required = Выберите человека, которому помогали, создайте его карточку или выберите «Аноним».
error-ui-count-invalid = Укажите целое число (только цифры).

record-edit-title = Исправить консультацию
record-workshop-edit-title = Исправить занятие
record-save-correction = Сохранить исправление
toast-activity-corrected = Исправление сохранено.
