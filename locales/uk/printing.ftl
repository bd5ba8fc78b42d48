## Print or save a paper to hand over (window)

print-summary = Надрукувати підсумок
print-procedure-sheet = Надрукувати аркуш процедури
print-consent-form = Надрукувати форму згоди
print-title-summary = Підсумок консультації, щоб віддати людині
print-title-procedure-sheet = Аркуш процедури, щоб віддати людині
print-title-consent-form = Форма згоди, яку має підписати людина
print-explanation = Escale зберігає документ у форматі PDF, потім Ви відкриваєте його, щоб надрукувати. Його також можна зберегти на USB-флешці.
print-language = Мова документа
print-language-french-only = Лише французька
# $language: the language's name ("العربية (арабська)").
print-language-both = Французька та { $language }
print-folder = Папка для збереження (USB-флешка або Документи)
print-file-name = Назва файлу
print-file-name-help = Не пишіть у назві ім’я людини: назви файлів можуть бачити інші.
print-save = Зберегти PDF
print-saving = Створення документа…
print-saved = { $pages ->
    [one] Документ збережено ({ $pages } сторінка): { $path }
    [few] Документ збережено ({ $pages } сторінки): { $path }
    [many] Документ збережено ({ $pages } сторінок): { $path }
   *[other] Документ збережено ({ $pages } сторінки): { $path }
}
print-open = Відкрити, щоб надрукувати
print-opened = Документ відкривається в програмі для перегляду PDF: надрукуйте його з її вікна (Ctrl+P).
print-close = Закрити
print-replace-question = У цій папці вже є файл «{ $name }». Замінити його новим документом?
print-replace = Замінити
print-other-name = Вибрати іншу назву

# Errors while saving a document.
error-save-file-exists = У папці { $path } уже є файл «{ $name }». Нічого не збережено.
error-file-name-invalid = Ця назва файлу не підходить: потрібен хоча б один символ, без крапки на початку і без жодного з цих знаків: / \ : * ? " < > |
error-viewer-not-started = Документ збережено, але не вдалося відкрити жодної програми для перегляду PDF. Щоб надрукувати файл, відкрийте його у файловому менеджері.
