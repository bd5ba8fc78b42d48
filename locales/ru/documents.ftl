# Printed documents (PDF) the person takes home: summary of the appointment, follow-up of a
# procedure, agreement on their data. Read by people who read little: short sentences, common
# words, polite "Вы". Each document is printed in French and in the person's language, side by side.
# Vocabulary words (themes, statuses, documents) and the screen turned toward the person
# (person-view-*) are reused as they are from their own files.

## On every page
documents-page = Страница { $page } из { $pages }
documents-for-person = Кому: { $name }
# The file name offered: never the person's name.
documents-file-summary = итоги-встречи-{ $date }.pdf
documents-file-procedure = ход-процедуры-{ $date }.pdf
documents-file-consent = согласие-на-хранение-данных-{ $date }.pdf

## Summary of the appointment
documents-summary-title = Итоги Вашей встречи
documents-summary-with-mediator = Медиатор: { $mediator }, { $structure }
documents-summary-with-structure = Организация: { $structure }
documents-summary-when-where = Когда и где: { $date } — { $place }
documents-summary-done = Что мы сделали
documents-summary-procedure-typed = Процедура: { $procedure }
documents-summary-procedure-followed = Процедура, за которой мы следим: { $procedure }
documents-summary-workshop = Групповое занятие: { $title }
documents-column-procedure = Процедура
documents-column-status = На каком этапе
documents-column-reference = Номер дела
documents-column-deadline = Сделать до
documents-summary-next-steps = Что нужно сделать теперь
documents-summary-typed-by-mediator = Заметка Вашего медиатора:
documents-summary-next-steps-none = Пока больше ничего не нужно.
documents-summary-bring = Документы, которые нужно принести в следующий раз
documents-summary-bring-hint = Поставьте галочку в квадратике, когда документ будет у Вас.
documents-summary-bring-none = Вам не нужно приносить никаких документов.
documents-summary-next-date = Следующая встреча
documents-summary-call-back = Ваш медиатор позвонит Вам { $date }.
documents-summary-no-date = Даты ещё нет. Запишите её здесь:
documents-summary-write-date = Дата: ____________    Время: ________
documents-date-line = { $date }: { $what }
documents-contacts = Полезные контакты
documents-contact-partner = { $name } ({ $kind })
documents-contact-hours = Часы работы: { $hours }

## Follow-up of a procedure
documents-procedure-title = Ход Вашей процедуры
documents-procedure-organisation = Учреждение: { $organisation }
documents-procedure-since = Процедура начата { $date }
documents-procedure-no-reference = Номера дела ещё нет.
documents-procedure-dates = Даты, которые нужно помнить
documents-procedure-renewal = Продлить до { $date }
documents-procedure-declaration = Подать следующую декларацию { $date }
documents-procedure-call-back = Ваш медиатор позвонит Вам { $date }.
documents-procedure-no-dates = Пока нет дат, которые нужно помнить.
documents-procedure-documents = Документы
documents-procedure-documents-count = { $missing ->
    [0] Все документы есть.
    [one] Не хватает ещё { $missing } документа.
    [few] Не хватает ещё { $missing } документов.
    [many] Не хватает ещё { $missing } документов.
   *[other] Не хватает ещё { $missing } документа.
}
documents-procedure-brought = { $document } (Вы принесли { $date })
documents-procedure-no-documents = Никаких документов не просили.
documents-procedure-history = Этапы
documents-column-date = Дата
documents-column-step = Этап
documents-column-note = Заметка
documents-step-reopened = Открыта снова: { $status }

## Agreement on personal data
documents-consent-title = Ваши данные и Ваше согласие
documents-consent-intro = { $structure ->
    [none] Мы помогаем Вам с административными процедурами.
   *[other] { $structure } помогает Вам с административными процедурами.
} Чтобы хорошо сопровождать Вас, мы храним некоторые данные о Вас. Они хранятся на компьютере Вашего медиатора и защищены паролем. Их нет в интернете.
documents-consent-what = Что мы храним
documents-consent-what-identity = Ваше имя, год рождения, населённый пункт, телефон, электронная почта (e-mail) и языки, на которых Вы говорите.
documents-consent-what-visits = Ваши встречи: дата, тема, сколько времени длилась встреча и что ещё нужно сделать.
documents-consent-what-procedures = Ваши процедуры: номер дела, даты, документы, которые Вы принесли или которых не хватает.
documents-consent-why = Для чего
documents-consent-tick = Отметьте то, на что Вы согласны:
documents-consent-statistics = Ваши встречи учитываются в общей статистике цифровой помощи, но без Вашего имени.
documents-consent-how-long = Как долго
documents-consent-retention = { $months ->
    [one] Мы храним Ваши данные { $months } месяц после Вашей последней встречи. Затем мы стираем Ваше имя и Ваши контакты.
    [few] Мы храним Ваши данные { $months } месяца после Вашей последней встречи. Затем мы стираем Ваше имя и Ваши контакты.
    [many] Мы храним Ваши данные { $months } месяцев после Вашей последней встречи. Затем мы стираем Ваше имя и Ваши контакты.
   *[other] Мы храним Ваши данные { $months } месяца после Вашей последней встречи. Затем мы стираем Ваше имя и Ваши контакты.
}
documents-consent-rights = Ваши права
documents-consent-right-access = Вы можете получить копию всех Ваших данных.
documents-consent-right-correct = Вы можете попросить исправить неверные данные.
documents-consent-right-erase = Вы можете попросить стереть Ваши данные.
documents-consent-right-withdraw = Вы можете в любой момент отозвать своё согласие. Помощь, которую Вы получаете, от этого не изменится.
documents-consent-how = { $structure ->
    [none] Для этого поговорите со своим медиатором.
   *[other] Для этого поговорите со своим медиатором или обратитесь в организацию { $structure }.
}
documents-consent-complaint = Если наш ответ Вас не устраивает, Вы можете написать в CNIL (французская служба защиты персональных данных, www.cnil.fr).
documents-consent-sign = Ваше согласие
documents-consent-sign-text = Я прочитал(-а) этот документ, или мне его прочитали. Я даю согласие на то, что отмечено.
documents-signature-person = Дата и Ваша подпись
documents-signature-mediator = Дата и подпись медиатора

## Command line
cli-about-escale-pdf = Печатает документ для человека в формате PDF на французском и на его языке. С --lang — на указанном языке рядом с французским («fr» — только на французском).
cli-about-escale-pdf-summary = Итоги встречи: что было сделано, текущие процедуры, что нужно сделать, документы, которые нужно принести, контакты.
cli-about-escale-pdf-procedure = Ход процедуры: этапы, принесённые и недостающие документы, номер дела, даты.
cli-about-escale-pdf-consent = Согласие на хранение данных: что хранит Escale, для чего, как долго, права человека, место для подписи.
cli-arg-escale-pdf-summary-id = Идентификатор консультации.
cli-arg-escale-pdf-procedure-id = Идентификатор процедуры.
cli-arg-escale-pdf-consent-id = Идентификатор человека.
cli-arg-escale-pdf-summary-out = PDF-файл для записи (будет заменён, если уже существует).
cli-arg-escale-pdf-procedure-out = PDF-файл для записи (будет заменён, если уже существует).
cli-arg-escale-pdf-consent-out = PDF-файл для записи (будет заменён, если уже существует).
cli-pdf-written = { $pages ->
    [one] Документ сохранён: { $path } ({ $pages } страница).
    [few] Документ сохранён: { $path } ({ $pages } страницы).
    [many] Документ сохранён: { $path } ({ $pages } страниц).
   *[other] Документ сохранён: { $path } ({ $pages } страницы).
}
