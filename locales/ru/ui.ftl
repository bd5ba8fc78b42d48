# Desktop app interface (ui/). Plain and direct Russian, for mediators who record quickly,
# often in front of the person.

app-name = Escale
loading = Загрузка…
saving = Сохранение…
retry = Повторить
cancel = Отмена
yes = Да
no = Нет
skip-to-content = Перейти к содержимому

## Header and navigation

nav-label = Главное меню
nav-home-title = Назад к списку людей (Ctrl+K)
nav-back = Назад
language-select-label = Язык
# A language in a selector: its name in that language, then in the interface language.
language-choice = { $native } ({ $name })

shortcut-back = Esc
shortcut-new = Ctrl+N
shortcut-save = Ctrl+Enter

## First start

setup-title = Добро пожаловать в Escale
setup-intro = Escale хранит записи о Ваших консультациях, даже без интернета.
setup-point-encrypted = Данные остаются на этом компьютере в зашифрованном виде: без ключа никто не сможет их прочитать, даже если компьютер потерян или украден.
setup-point-offline = Всё работает без интернета: и в автобусе, и в офисе.
setup-point-nothing-sent = Ничего не отправляется в интернет.
setup-keyring-explanation = Ключ шифрования будет храниться в защищённом хранилище ключей Вашего сеанса: Вам ничего не нужно запоминать.
setup-passphrase-legend = Придумайте секретную фразу
setup-passphrase-explanation = На этом компьютере нет защищённого хранилища ключей, поэтому Ваши данные защитит секретная фраза. Её нужно будет вводить каждый раз, когда Вы открываете Escale. { $min ->
        [one] Не меньше { $min } символа
        [few] Не меньше { $min } символов
        [many] Не меньше { $min } символов
       *[other] Не меньше { $min } символов
    }; короткое предложение, которое легко запомнить, вполне подойдёт.
setup-passphrase-warning = Если Вы забудете эту секретную фразу, открыть данные можно будет только ключом восстановления (Вы распечатаете его сразу после этого шага).
setup-passphrase = Секретная фраза
setup-passphrase-repeat = Секретная фраза ещё раз
setup-shared-laptop = Этим компьютером пользуются и другие люди
setup-shared-laptop-help = Тогда данные будут защищены секретной фразой, которую нужно вводить при каждом открытии, а не хранилищем ключей сеанса.
setup-passphrase-shared-explanation = Ваши данные защитит секретная фраза. Её нужно будет вводить каждый раз, когда Вы открываете Escale. { $min ->
        [one] Не меньше { $min } символа
        [few] Не меньше { $min } символов
        [many] Не меньше { $min } символов
       *[other] Не меньше { $min } символов
    }; короткое предложение, которое легко запомнить, вполне подойдёт.
setup-demo = Загрузить демонстрационные данные
setup-demo-help = Вымышленные люди и консультации, чтобы познакомиться с Escale или обучить коллегу. Не отмечайте для настоящей работы.
setup-create = Создать мою зашифрованную базу
setup-working = Создание зашифрованной базы…
setup-working-demo = Создание зашифрованной базы и демонстрационных данных… Это займёт несколько секунд.
setup-demo-skip = Начать без демонстрационных данных
setup-data-dir = Папка с данными:

## Unlocking

unlock-title = Escale заблокирован
unlock-intro = Введите секретную фразу, чтобы открыть данные на этом компьютере.
unlock-keyring-intro = Escale не удалось открыть данные с помощью хранилища ключей сеанса.
unlock-retry = Повторить
unlock-use-recovery = У меня есть лист восстановления
unlock-passphrase = Секретная фраза
unlock-submit = Разблокировать
unlock-working = Открытие…
passphrase-deriving-key = Вычисление ключа из секретной фразы… Это займёт несколько секунд.

## List of people

list-title = Люди, которым Вы помогаете
list-new-beneficiary = Добавить человека
list-search-label = Найти человека
list-search-placeholder = Фамилия или имя…
list-search-help = Введите начало фамилии или имени. Стрелки ↑ ↓ — выбрать, Enter — открыть карточку.
list-results-label = { $count ->
    [0] Ничего не найдено
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результатов
}
list-empty = Пока никто не записан. Начните с кнопки «Добавить человека».
list-no-match = По запросу «{ $query }» никого не найдено. Проверьте написание или создайте новую карточку.
list-last-activity = Последний визит: { $date }
list-never-accompanied = Консультаций ещё не было
list-activity-count = { $count ->
    [one] { $count } консультация
    [few] { $count } консультации
    [many] { $count } консультаций
   *[other] { $count } консультаций
}
list-limit = { $limit ->
    [one] Показан только первый { $limit } человек: уточните поиск.
    [few] Показаны только первые { $limit } человека: уточните поиск.
    [many] Показаны только первые { $limit } человек: уточните поиск.
   *[other] Показаны только первые { $limit } человек: уточните поиск.
}
person-anonymous = Аноним

## A person's file: form

beneficiary-form-new-title = Новая карточка
beneficiary-form-edit-title = Изменить карточку
beneficiary-anonymous = Записать без имени (анонимно)
beneficiary-anonymous-help = Только для статистики: имя, телефон и электронная почта не сохраняются.
beneficiary-first-name = Имя
beneficiary-last-name = Фамилия
beneficiary-latin-first-name = Имя латиницей
beneficiary-latin-last-name = Фамилия латиницей
beneficiary-latin-name-help = Как во французских документах, если имя написано другим алфавитом (арабским, кириллицей…). Человека можно найти по любому из написаний.
beneficiary-birth-year = Год рождения
beneficiary-birth-year-help = По нему определяется возрастная группа.
beneficiary-gender = Пол
beneficiary-social-status = Положение
beneficiary-commune = Населённый пункт проживания
beneficiary-phone = Телефон
beneficiary-email = Электронная почта
beneficiary-languages = Языки, на которых человек говорит
beneficiary-languages-help = Сначала отметьте язык, которым человек пользуется чаще всего.
beneficiary-document-language = Язык документов для человека
beneficiary-document-language-help = Язык распечатанных итогов, рядом с французским.
beneficiary-notes = Заметки
beneficiary-notes-help = Только то, что нужно для помощи. Никаких лишних сведений о здоровье.
beneficiary-save = Сохранить карточку

commune-placeholder = Название населённого пункта или почтовый индекс…
commune-help = Введите не меньше 2 букв или цифр, затем выберите из списка.
commune-clear = Стереть населённый пункт
commune-postal-codes = { $codes }
commune-with-postal-code = { $name } ({ $postalCode })

## A person's file: viewing

file-record-activity = Записать консультацию
file-edit = Изменить карточку
file-born = { $gender ->
    [feminin] Родилась в { $year } году
    [masculin] Родился в { $year } году
   *[other] Год рождения: { $year }
}
file-identity = Личные данные
file-latin-name = Латиницей:
file-not-given = Не указано
file-activities = Консультации ({ $count })
file-no-activity = Для этого человека ещё не записано ни одной консультации.
procedure-reference = Номер:
procedure-deadline = Срок: { $date }

## Recording an accompaniment

activity-form-title = Новая индивидуальная консультация
activity-form-for = Для:
activity-section-when = Когда и сколько времени
activity-section-where = Где
activity-section-what = Что сделано
activity-section-how = Как всё прошло
activity-section-notes = Заметки и следующие шаги
activity-date = Дата
activity-duration = Продолжительность
activity-duration-custom = Другая продолжительность
activity-minutes-unit = минут
activity-place-type = Где проходила консультация
activity-place = Место приёма
activity-place-choose = Выберите место…
activity-place-option = { $name } ({ $commune })
activity-no-place = Ещё не записано ни одного места приёма.
activity-place-add = + Добавить место приёма
activity-place-new-name = Название места (например, «Остановка Felletin» или «Почта»)
activity-place-new-commune = Населённый пункт, где находится место
activity-place-create = Добавить это место
activity-place-cancel = Отмена
activity-place-in-commune = { $place } ({ $commune })
activity-commune = Населённый пункт
activity-themes = Темы
activity-administrative-themes = Административные процедуры: области
activity-procedure-name = Название процедуры
activity-procedure-name-placeholder = Например: продление titre de séjour (вида на жительство)
activity-equipment = Использованные устройства
activity-autonomy = Самостоятельность человека
activity-oriented = Направили в другую организацию?
activity-orientation = Направление
activity-orientation-choose = Выберите организацию…
activity-notes = Заметки
activity-next-steps = Следующие шаги
activity-next-steps-help = Что человек должен сделать или принести в следующий раз.
activity-save = Сохранить консультацию

## Leaving without saving

leave-title = Выйти без сохранения?
leave-text = Вы начали заполнять эту форму. Если выйти сейчас, всё введённое будет потеряно.
leave-stay = Остаться в форме
leave-discard = Выйти без сохранения

## Confirmations

toast-activity-saved = Консультация сохранена.
toast-beneficiary-created = Карточка создана.
toast-beneficiary-saved = Карточка сохранена.

## Errors checked by the interface before calling the core

error-ui-passphrases-differ = Две секретные фразы не совпадают.
error-ui-commune-not-chosen = Выберите населённый пункт из предложенного списка, иначе он не сохранится.
error-ui-duration-required = Выберите продолжительность.
error-ui-orientation-required = Выберите организацию, в которую направлен человек.
