# Printed documents (PDF) the person takes home: summary of the appointment, follow-up of a
# procedure, agreement on their data. Read by people who read little: short sentences, common
# words, polite "Ви". Each document is printed in French and in the person's language, side by side.
# Vocabulary words (themes, statuses, documents) and the screen turned toward the person
# (person-view-*) are reused as they are from their own files.

## On every page
documents-page = Сторінка { $page } з { $pages }
documents-for-person = Кому: { $name }
# The file name offered: never the person's name.
documents-file-summary = підсумок-зустрічі-{ $date }.pdf
documents-file-procedure = хід-процедури-{ $date }.pdf
documents-file-consent = згода-на-зберігання-даних-{ $date }.pdf

## Summary of the appointment
documents-summary-title = Підсумок Вашої зустрічі
documents-summary-with-mediator = Медіатор: { $mediator }, { $structure }
documents-summary-with-structure = Організація: { $structure }
documents-summary-when-where = Коли і де: { $date } — { $place }
documents-summary-done = Що ми зробили
documents-summary-procedure-typed = Процедура: { $procedure }
documents-summary-procedure-followed = Процедура, за якою ми стежимо: { $procedure }
documents-summary-workshop = Групове заняття: { $title }
documents-column-procedure = Процедура
documents-column-status = На якому етапі
documents-column-reference = Номер справи
documents-column-deadline = Зробити до
documents-summary-next-steps = Що треба зробити тепер
documents-summary-typed-by-mediator = Нотатка Вашого медіатора:
documents-summary-next-steps-none = Поки що більше нічого не треба.
documents-summary-bring = Документи, які треба принести наступного разу
documents-summary-bring-hint = Поставте позначку в квадратику, коли документ буде у Вас.
documents-summary-bring-none = Вам не треба приносити жодних документів.
documents-summary-next-date = Наступна зустріч
documents-summary-call-back = Ваш медіатор зателефонує Вам { $date }.
documents-summary-no-date = Дати ще немає. Запишіть її тут:
documents-summary-write-date = Дата: ____________    Час: ________
documents-date-line = { $date }: { $what }
documents-contacts = Корисні контакти
documents-contact-partner = { $name } ({ $kind })
documents-contact-hours = Години роботи: { $hours }

## Follow-up of a procedure
documents-procedure-title = Хід Вашої процедури
documents-procedure-organisation = Установа: { $organisation }
documents-procedure-since = Процедуру розпочато { $date }
documents-procedure-no-reference = Номера справи ще немає.
documents-procedure-dates = Дати, які треба пам’ятати
documents-procedure-renewal = Поновити до { $date }
documents-procedure-declaration = Подати наступну декларацію { $date }
documents-procedure-call-back = Ваш медіатор зателефонує Вам { $date }.
documents-procedure-no-dates = Поки що немає дат, які треба пам’ятати.
documents-procedure-documents = Документи
documents-procedure-documents-count = { $missing ->
    [0] Усі документи є.
    [one] Бракує ще { $missing } документа.
    [few] Бракує ще { $missing } документів.
    [many] Бракує ще { $missing } документів.
   *[other] Бракує ще { $missing } документа.
}
documents-procedure-brought = { $document } (принесено { $date })
documents-procedure-no-documents = Жодних документів не просили.
documents-procedure-history = Етапи
documents-column-date = Дата
documents-column-step = Етап
documents-column-note = Нотатка
documents-step-reopened = Відкрито знову: { $status }

## Agreement on personal data
documents-consent-title = Ваші дані і Ваша згода
documents-consent-intro = { $structure ->
    [none] Ми допомагаємо Вам з адміністративними процедурами.
   *[other] { $structure } допомагає Вам з адміністративними процедурами.
} Щоб добре супроводжувати Вас, ми зберігаємо деякі дані про Вас. Вони зберігаються на комп’ютері Вашого медіатора і захищені паролем. Їх немає в інтернеті.
documents-consent-what = Що ми зберігаємо
documents-consent-what-identity = Ваше ім’я, рік народження, населений пункт, телефон, електронна пошта (e-mail) і мови, якими Ви розмовляєте.
documents-consent-what-visits = Ваші зустрічі: дата, тема, скільки часу тривала зустріч і що ще треба зробити.
documents-consent-what-procedures = Ваші процедури: номер справи, дати, документи, які Ви принесли або яких бракує.
documents-consent-why = Для чого
documents-consent-tick = Позначте те, на що Ви погоджуєтеся:
documents-consent-statistics = Ваші зустрічі враховуються в загальній статистиці цифрової допомоги, але без Вашого імені.
documents-consent-how-long = Як довго
documents-consent-retention = { $months ->
    [one] Ми зберігаємо Ваші дані { $months } місяць після Вашої останньої зустрічі. Потім ми стираємо Ваше ім’я і Ваші контакти.
    [few] Ми зберігаємо Ваші дані { $months } місяці після Вашої останньої зустрічі. Потім ми стираємо Ваше ім’я і Ваші контакти.
    [many] Ми зберігаємо Ваші дані { $months } місяців після Вашої останньої зустрічі. Потім ми стираємо Ваше ім’я і Ваші контакти.
   *[other] Ми зберігаємо Ваші дані { $months } місяця після Вашої останньої зустрічі. Потім ми стираємо Ваше ім’я і Ваші контакти.
}
documents-consent-rights = Ваші права
documents-consent-right-access = Ви можете отримати копію всіх Ваших даних.
documents-consent-right-correct = Ви можете попросити виправити неправильні дані.
documents-consent-right-erase = Ви можете попросити стерти Ваші дані.
documents-consent-right-withdraw = Ви можете будь-коли відкликати свою згоду. Допомога, яку Ви отримуєте, від цього не зміниться.
documents-consent-how = { $structure ->
    [none] Для цього поговоріть зі своїм медіатором.
   *[other] Для цього поговоріть зі своїм медіатором або зверніться до організації { $structure }.
}
documents-consent-complaint = Якщо наша відповідь Вам не підходить, Ви можете написати до CNIL (французька служба захисту персональних даних, www.cnil.fr).
documents-consent-sign = Ваша згода
documents-consent-sign-text = Я прочитав(-ла) цей документ, або мені його прочитали. Я погоджуюся з тим, що позначено.
documents-signature-person = Дата і Ваш підпис
documents-signature-mediator = Дата і підпис медіатора

## Command line
cli-about-escale-pdf = Друкує документ для людини у форматі PDF французькою та її мовою. З --lang — вказаною мовою поруч із французькою («fr» — лише французькою).
cli-about-escale-pdf-summary = Підсумок зустрічі: що було зроблено, поточні процедури, що треба зробити, документи, які треба принести, контакти.
cli-about-escale-pdf-procedure = Хід процедури: етапи, принесені документи і ті, яких бракує, номер справи, дати.
cli-about-escale-pdf-consent = Згода на зберігання даних: що зберігає Escale, для чого, як довго, права людини, місце для підпису.
cli-arg-escale-pdf-summary-id = Ідентифікатор консультації.
cli-arg-escale-pdf-procedure-id = Ідентифікатор процедури.
cli-arg-escale-pdf-consent-id = Ідентифікатор людини.
cli-arg-escale-pdf-summary-out = PDF-файл для запису (його буде замінено, якщо він уже існує).
cli-arg-escale-pdf-procedure-out = PDF-файл для запису (його буде замінено, якщо він уже існує).
cli-arg-escale-pdf-consent-out = PDF-файл для запису (його буде замінено, якщо він уже існує).
cli-pdf-written = { $pages ->
    [one] Документ збережено: { $path } ({ $pages } сторінка).
    [few] Документ збережено: { $path } ({ $pages } сторінки).
    [many] Документ збережено: { $path } ({ $pages } сторінок).
   *[other] Документ збережено: { $path } ({ $pages } сторінки).
}
