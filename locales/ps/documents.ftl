# Printed documents (PDF) the person takes home: summary of the appointment, follow-up of a
# procedure, agreement on personal data. Read by people who read little: short sentences,
# common words, polite "you" (تاسو). Each document is printed in French and in Pashto, side by side.
# Vocabulary words (themes, statuses, documents) and the screen turned toward the person
# (person-view-*) are reused as they are from their own files.
# Pashto: numbers written in the text use Pashto digits (۰-۹); French names of bodies stay in Latin letters.

## On every page
documents-page = مخ { $page } له { $pages } څخه
documents-for-person = د { $name } لپاره
# The file name offered: never the person's name. No / \ : * ? " < > |; keep "-{ $date }.pdf".
documents-file-summary = د-ملاقات-لنډیز-{ $date }.pdf
documents-file-procedure = د-اداري-کار-تعقیب-{ $date }.pdf
documents-file-consent = د-معلوماتو-رضایت-{ $date }.pdf

## Summary of the appointment
documents-summary-title = ستاسو د ملاقات لنډیز
documents-summary-with-mediator = له { $mediator } سره، { $structure }
documents-summary-with-structure = له { $structure } سره
documents-summary-when-where = په { $date } — { $place }
documents-summary-done = موږ څه وکړل
documents-summary-procedure-typed = اداري کار: { $procedure }
documents-summary-procedure-followed = تعقیب شوی اداري کار: { $procedure }
documents-summary-workshop = ورکشاپ: { $title }
documents-column-procedure = اداري کار
documents-column-status = کار چېرته رسېدلی
documents-column-reference = د دوسیې شمېره
documents-column-deadline = تر دې نېټې مخکې وشي
documents-summary-next-steps = اوس باید څه وشي
documents-summary-typed-by-mediator = ستاسو مرستندوي لیکلي دي:
documents-summary-next-steps-none = اوس مهال نور هېڅ کار نشته.
documents-summary-bring = هغه سندونه چې بل ځل یې باید راوړئ
documents-summary-bring-hint = کله چې سند درسره وي، خانه نښه کړئ.
documents-summary-bring-none = اړتیا نشته چې کوم سند راوړئ.
documents-summary-next-date = راتلونکی ملاقات
documents-summary-call-back = ستاسو مرستندوی په { $date } تاسو ته زنګ وهي.
documents-summary-no-date = تر اوسه نېټه نه ده ټاکل شوې. دلته یې ولیکئ:
documents-summary-write-date = نېټه: ____________    وخت: ________
documents-date-line = { $date }: { $what }
documents-contacts = ګټورې اړیکې
documents-contact-partner = { $name } ({ $kind })
documents-contact-hours = د کار وختونه: { $hours }

## Follow-up of a procedure
documents-procedure-title = ستاسو د اداري کار تعقیب
documents-procedure-organisation = اداره: { $organisation }
documents-procedure-since = له { $date } راهیسې
documents-procedure-no-reference = تر اوسه د دوسیې شمېره نشته.
documents-procedure-dates = هغه نېټې چې باید یې په یاد ولرئ
documents-procedure-renewal = باید له { $date } مخکې تمدید شي
documents-procedure-declaration = راتلونکې اظهارنامه په { $date }
documents-procedure-call-back = ستاسو مرستندوی په { $date } تاسو ته زنګ وهي.
documents-procedure-no-dates = اوس مهال هېڅ نېټه نشته چې په یاد یې ولرئ.
documents-procedure-documents = سندونه
documents-procedure-documents-count = { $missing ->
    [0] ټول سندونه شته.
    [one] لا هم یو سند کم دی.
   *[other] لا هم { $missing } سندونه کم دي.
}
documents-procedure-brought = { $document } (په { $date } راوړل شو)
documents-procedure-no-documents = هېڅ سند نه دی غوښتل شوی.
documents-procedure-history = ګامونه
documents-column-date = نېټه
documents-column-step = ګام
documents-column-note = یادښت
documents-step-reopened = بیا پرانیستل شو: { $status }

## Agreement on personal data
documents-consent-title = ستاسو معلومات او ستاسو رضایت
documents-consent-intro = { $structure ->
    [none] موږ ستاسو په اداري کارونو کې له تاسو سره مرسته کوو.
   *[other] { $structure } ستاسو په اداري کارونو کې له تاسو سره مرسته کوي.
} د دې لپاره چې ستاسو کارونه ښه تعقیب کړو، ستاسو په اړه ځینې معلومات ساتو. دا معلومات ستاسو د مرستندوي په کمپیوټر کې پاتې کېږي او په پاسورډ خوندي دي. دا معلومات په انټرنیټ کې نه دي.
documents-consent-what = موږ څه ساتو
documents-consent-what-identity = ستاسو نوم، د زېږېدو کال، ښار، ټیلیفون، ایمیل او هغه ژبې چې خبرې پرې کوئ.
documents-consent-what-visits = ستاسو ملاقاتونه: نېټه، موضوع، څومره وخت یې ونیو او هغه کارونه چې لا پاتې دي.
documents-consent-what-procedures = ستاسو اداري کارونه: د دوسیې شمېره، نېټې، هغه سندونه چې راوړل شوي یا کم دي.
documents-consent-why = ولې
documents-consent-tick = هغه څه نښه کړئ چې ورسره موافق یاست:
documents-consent-statistics = ستاسو ملاقاتونه، بې له ستاسو نوم، د ډیجیټل مرستې په احصایه کې شمېرل کېږي.
documents-consent-how-long = څومره وخت
documents-consent-retention = { $months ->
    [one] موږ ستاسو معلومات ستاسو له وروستي ملاقات وروسته { $months } میاشت ساتو. بیا ستاسو نوم او د اړیکې معلومات پاکوو.
   *[other] موږ ستاسو معلومات ستاسو له وروستي ملاقات وروسته { $months } میاشتې ساتو. بیا ستاسو نوم او د اړیکې معلومات پاکوو.
}
documents-consent-rights = ستاسو حقونه
documents-consent-right-access = تاسو کولای شئ د خپلو ټولو معلوماتو کاپي واخلئ.
documents-consent-right-correct = تاسو کولای شئ وغواړئ چې غلط معلومات سم شي.
documents-consent-right-erase = تاسو کولای شئ وغواړئ چې ستاسو معلومات پاک شي.
documents-consent-right-withdraw = تاسو کولای شئ هر وخت چې وغواړئ، خپل رضایت بېرته واخلئ. هغه مرسته چې تاسو یې ترلاسه کوئ، نه بدلېږي.
documents-consent-how = { $structure ->
    [none] د دې لپاره له خپل مرستندوي سره خبرې وکړئ.
   *[other] د دې لپاره له خپل مرستندوي سره خبرې وکړئ، یا له { $structure } سره اړیکه ونیسئ.
}
documents-consent-complaint = که زموږ ځواب تاسو ته سم نه و، کولای شئ CNIL ته ولیکئ (په فرانسه کې د شخصي معلوماتو د ساتنې اداره، www.cnil.fr).
documents-consent-sign = ستاسو رضایت
documents-consent-sign-text = ما دا سند لوستی دی، یا راته لوستل شوی دی. زه له هغه څه سره موافق یم چې ما نښه کړي دي.
documents-signature-person = د کس نېټه او لاسلیک
documents-signature-mediator = د مرستندوي نېټه او لاسلیک

## Command line
cli-about-escale-pdf = د کس لپاره یو سند په PDF بڼه چاپوي، په فرانسوي او د کس په ژبه. له --lang سره، د فرانسوي تر څنګ په ورکړل شوې ژبه («fr»: یوازې فرانسوي).
cli-about-escale-pdf-summary = د یو ملاقات لنډیز: څه وشول، روان اداري کارونه، څه باید وشي، هغه سندونه چې باید راوړل شي، د اړیکې معلومات.
cli-about-escale-pdf-procedure = د یو اداري کار تعقیب: ګامونه، راوړل شوي او کم سندونه، د دوسیې شمېره، نېټې.
cli-about-escale-pdf-consent = د معلوماتو رضایت: Escale څه ساتي، ولې، څومره وخت، د کس حقونه، او د لاسلیک ځای.
cli-arg-escale-pdf-summary-id = د مرستې ID.
cli-arg-escale-pdf-procedure-id = د اداري کار ID.
cli-arg-escale-pdf-consent-id = د کس ID.
cli-arg-escale-pdf-summary-out = هغه PDF فایل چې لیکل کېږي (که له مخکې وي، بدلېږي).
cli-arg-escale-pdf-procedure-out = هغه PDF فایل چې لیکل کېږي (که له مخکې وي، بدلېږي).
cli-arg-escale-pdf-consent-out = هغه PDF فایل چې لیکل کېږي (که له مخکې وي، بدلېږي).
cli-pdf-written = { $pages ->
    [one] سند ثبت شو: { $path } ({ $pages } مخ).
   *[other] سند ثبت شو: { $path } ({ $pages } مخونه).
}
