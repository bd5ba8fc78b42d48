## Print or save a paper to hand over (window)

print-summary = Распечатать итоги
print-procedure-sheet = Распечатать лист процедуры
print-consent-form = Распечатать форму согласия
print-title-summary = Итоги консультации, чтобы отдать человеку
print-title-procedure-sheet = Лист процедуры, чтобы отдать человеку
print-title-consent-form = Форма согласия, которую должен подписать человек
print-explanation = Escale сохраняет документ в формате PDF, затем Вы открываете его, чтобы распечатать. Его также можно сохранить на флешке.
print-language = Язык документа
print-language-french-only = Только французский
# $language: the language's name ("العربية (арабский)").
print-language-both = Французский и { $language }
print-folder = Папка для сохранения (флешка или Документы)
print-file-name = Название файла
print-file-name-help = Не указывайте в названии имя человека: названия файлов могут видеть другие.
print-save = Сохранить PDF
print-saving = Создание документа…
print-saved = { $pages ->
    [one] Документ сохранён ({ $pages } страница): { $path }
    [few] Документ сохранён ({ $pages } страницы): { $path }
    [many] Документ сохранён ({ $pages } страниц): { $path }
   *[other] Документ сохранён ({ $pages } страницы): { $path }
}
print-open = Открыть для печати
print-opened = Документ открывается в программе просмотра PDF: распечатайте его из её окна (Ctrl+P).
print-close = Закрыть
print-replace-question = В этой папке уже есть файл «{ $name }». Заменить его новым документом?
print-replace = Заменить
print-other-name = Выбрать другое название

# Errors while saving a document.
error-save-file-exists = В папке { $path } уже есть файл «{ $name }». Ничего не сохранено.
error-file-name-invalid = Это название файла не подходит: нужен хотя бы один символ, без точки в начале и без этих знаков: / \ : * ? " < > |
error-viewer-not-started = Документ сохранён, но не удалось открыть ни одну программу просмотра PDF. Чтобы распечатать файл, откройте его в файловом менеджере.
