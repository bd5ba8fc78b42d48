# Desktop app interface (ui/). Plain and direct Ukrainian, for mediators who record quickly,
# often in front of the person.

app-name = Escale
loading = Завантаження…
saving = Збереження…
retry = Спробувати ще раз
cancel = Скасувати
yes = Так
no = Ні
skip-to-content = Перейти до змісту

## Header and navigation

nav-label = Головне меню
nav-home-title = Назад до списку людей (Ctrl+K)
nav-back = Назад
language-select-label = Мова
# A language in a selector: its name in that language, then in the interface language.
language-choice = { $native } ({ $name })

shortcut-back = Esc
shortcut-new = Ctrl+N
shortcut-save = Ctrl+Enter

## First start

setup-title = Вітаємо в Escale
setup-intro = Escale зберігає записи про Ваші консультації, навіть без інтернету.
setup-point-encrypted = Дані залишаються на цьому комп’ютері в зашифрованому вигляді: без ключа ніхто не зможе їх прочитати, навіть якщо комп’ютер загубили чи вкрали.
setup-point-offline = Усе працює без інтернету: і в автобусі, і в офісі.
setup-point-nothing-sent = Нічого не надсилається в інтернет.
setup-keyring-explanation = Ключ шифрування буде збережено в захищеному сховищі ключів Вашого сеансу: Вам нічого не треба запам’ятовувати.
setup-passphrase-legend = Придумайте секретну фразу
setup-passphrase-explanation = На цьому комп’ютері немає захищеного сховища ключів, тому Ваші дані захистить секретна фраза. Її треба буде вводити щоразу, коли Ви відкриваєте Escale. { $min ->
        [one] Щонайменше { $min } символ
        [few] Щонайменше { $min } символи
        [many] Щонайменше { $min } символів
       *[other] Щонайменше { $min } символів
    }; коротке речення, яке легко запам’ятати, цілком підійде.
setup-passphrase-warning = Якщо Ви забудете цю секретну фразу, відкрити дані можна буде лише ключем відновлення (Ви його надрукуєте одразу після цього кроку).
setup-passphrase = Секретна фраза
setup-passphrase-repeat = Секретна фраза ще раз
setup-shared-laptop = Цим комп’ютером користуються й інші люди
setup-shared-laptop-help = Тоді дані буде захищено секретною фразою, яку треба вводити щоразу під час відкриття, а не сховищем ключів сеансу.
setup-passphrase-shared-explanation = Ваші дані захистить секретна фраза. Її треба буде вводити щоразу, коли Ви відкриваєте Escale. { $min ->
        [one] Щонайменше { $min } символ
        [few] Щонайменше { $min } символи
        [many] Щонайменше { $min } символів
       *[other] Щонайменше { $min } символів
    }; коротке речення, яке легко запам’ятати, цілком підійде.
setup-demo = Завантажити демонстраційні дані
setup-demo-help = Вигадані люди й консультації, щоб ознайомитися з Escale або навчити колегу. Не позначайте для справжньої роботи.
setup-create = Створити мою зашифровану базу
setup-working = Створення зашифрованої бази…
setup-working-demo = Створення зашифрованої бази й демонстраційних даних… Це займе кілька секунд.
setup-demo-skip = Почати без демонстраційних даних
setup-data-dir = Папка з даними:

## Unlocking

unlock-title = Escale заблоковано
unlock-intro = Введіть секретну фразу, щоб відкрити дані на цьому комп’ютері.
unlock-keyring-intro = Escale не вдалося відкрити дані за допомогою сховища ключів сеансу.
unlock-retry = Спробувати ще раз
unlock-use-recovery = У мене є аркуш відновлення
unlock-passphrase = Секретна фраза
unlock-submit = Розблокувати
unlock-working = Відкриття…
passphrase-deriving-key = Обчислення ключа із секретної фрази… Це займе кілька секунд.

## List of people

list-title = Люди, яким Ви допомагаєте
list-new-beneficiary = Нова людина
list-search-label = Знайти людину
list-search-placeholder = Прізвище або ім’я…
list-search-help = Введіть початок прізвища або імені. Стрілки ↑ ↓ — вибрати, Enter — відкрити картку.
list-results-label = { $count ->
    [0] Нічого не знайдено
    [one] { $count } результат
    [few] { $count } результати
    [many] { $count } результатів
   *[other] { $count } результатів
}
list-empty = Поки що нікого не записано. Почніть із кнопки «Нова людина».
list-no-match = За запитом «{ $query }» нікого не знайдено. Перевірте написання або створіть нову картку.
list-last-activity = Останній візит: { $date }
list-never-accompanied = Ще не було консультацій
list-activity-count = { $count ->
    [one] { $count } консультація
    [few] { $count } консультації
    [many] { $count } консультацій
   *[other] { $count } консультацій
}
list-limit = { $limit ->
    [one] Показано лише першу { $limit } людину: уточніть пошук.
    [few] Показано лише перших { $limit } людини: уточніть пошук.
    [many] Показано лише перших { $limit } людей: уточніть пошук.
   *[other] Показано лише перших { $limit } людей: уточніть пошук.
}
person-anonymous = Анонімна особа

## A person's file: form

beneficiary-form-new-title = Нова людина
beneficiary-form-edit-title = Редагувати картку
beneficiary-anonymous = Записати без імені (анонімна особа)
beneficiary-anonymous-help = Лише для статистики: ім’я, телефон і електронна пошта не зберігаються.
beneficiary-first-name = Ім’я
beneficiary-last-name = Прізвище
beneficiary-latin-first-name = Ім’я латиницею
beneficiary-latin-last-name = Прізвище латиницею
beneficiary-latin-name-help = Як у французьких документах, якщо ім’я написане іншою абеткою (арабською, кирилицею…). Людину можна знайти за будь-яким із написань.
beneficiary-birth-year = Рік народження
beneficiary-birth-year-help = Вікова група визначається за ним.
beneficiary-gender = Стать
beneficiary-social-status = Становище
beneficiary-commune = Населений пункт проживання
beneficiary-phone = Телефон
beneficiary-email = Електронна пошта
beneficiary-languages = Мови, якими людина розмовляє
beneficiary-languages-help = Спочатку позначте мову, якою людина користується найчастіше.
beneficiary-document-language = Мова документів для людини
beneficiary-document-language-help = Мова надрукованих підсумків, поруч із французькою.
beneficiary-notes = Нотатки
beneficiary-notes-help = Лише те, що потрібно для допомоги. Жодних зайвих відомостей про здоров’я.
beneficiary-save = Зберегти картку

commune-placeholder = Назва населеного пункту або поштовий індекс…
commune-help = Введіть щонайменше 2 літери або цифри, потім виберіть зі списку.
commune-clear = Стерти населений пункт
commune-postal-codes = { $codes }
commune-with-postal-code = { $name } ({ $postalCode })

## A person's file: viewing

file-record-activity = Записати консультацію
file-edit = Редагувати картку
file-born = { $gender ->
    [feminin] Народилася { $year } року
    [masculin] Народився { $year } року
   *[other] Рік народження: { $year }
}
file-identity = Особисті дані
file-latin-name = Латиницею:
file-not-given = Не вказано
file-activities = Консультації ({ $count })
file-no-activity = Для цієї людини ще не записано жодної консультації.
procedure-reference = Номер:
procedure-deadline = Термін: { $date }

## Recording an accompaniment

activity-form-title = Нова індивідуальна консультація
activity-form-for = Для:
activity-section-when = Коли і як довго
activity-section-where = Де
activity-section-what = Що зроблено
activity-section-how = Як усе пройшло
activity-section-notes = Нотатки й наступні кроки
activity-date = Дата
activity-duration = Тривалість
activity-duration-custom = Інша тривалість
activity-minutes-unit = хвилин
activity-place-type = Де проходила консультація
activity-place = Місце прийому
activity-place-choose = Виберіть місце…
activity-place-option = { $name } ({ $commune })
activity-no-place = Ще не записано жодного місця прийому.
activity-place-add = + Додати місце прийому
activity-place-new-name = Назва місця (наприклад, «Зупинка Felletin» або «Пошта»)
activity-place-new-commune = Населений пункт, де це місце
activity-place-create = Додати це місце
activity-place-cancel = Скасувати
activity-place-in-commune = { $place } ({ $commune })
activity-commune = Населений пункт
activity-themes = Теми
activity-administrative-themes = Адміністративні процедури: сфери
activity-procedure-name = Назва процедури
activity-procedure-name-placeholder = Наприклад: продовження titre de séjour (посвідки на проживання)
activity-equipment = Використані пристрої
activity-autonomy = Самостійність людини
activity-oriented = Направлено до іншої організації?
activity-orientation = Направлення
activity-orientation-choose = Виберіть організацію…
activity-notes = Нотатки
activity-next-steps = Наступні кроки
activity-next-steps-help = Що людина має зробити або принести наступного разу.
activity-save = Зберегти консультацію

## Leaving without saving

leave-title = Вийти без збереження?
leave-text = Ви почали заповнювати цю форму. Якщо вийти зараз, усе введене буде втрачено.
leave-stay = Залишитися у формі
leave-discard = Вийти без збереження

## Confirmations

toast-activity-saved = Консультацію збережено.
toast-beneficiary-created = Картку створено.
toast-beneficiary-saved = Картку збережено.

## Errors checked by the interface before calling the core

error-ui-passphrases-differ = Дві секретні фрази не однакові.
error-ui-commune-not-chosen = Виберіть населений пункт із запропонованого списку, інакше його не буде збережено.
error-ui-duration-required = Виберіть тривалість.
error-ui-orientation-required = Виберіть організацію, до якої направлено людину.
