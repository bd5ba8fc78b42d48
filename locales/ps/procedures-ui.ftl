# Screens for followed procedures (ui/src/features/procedures and follow-up):
# the person's file, starting a procedure, a procedure's screen, the follow-up list
# and the organisation's catalogue. Short sentences, everyday words.

shortcut-follow-up = Ctrl+U

## In a person's file

procedures-open-title = { $count ->
    [0] روان اداري کارونه
   *[other] روان اداري کارونه ({ $count })
}
procedures-start = یو اداري کار پیل کړئ
procedures-none-open = هېڅ اداري کار روان نه دی.
procedures-closed-title = { $count ->
    [one] { $count } پای ته رسېدلی اداري کار
   *[other] { $count } پای ته رسېدلي اداري کارونه
}
procedures-deadline = وروستۍ نېټه: { $date }
procedures-next-renewal = تمدید: { $date }
procedures-next-declaration = راتلونکې اظهارنامه: { $date }
procedures-call-back = په { $date } بیا زنګ ووهئ
procedures-documents-missing = { $count ->
    [0] ټول اسناد شته
    [one] { $count } سند نشته
   *[other] { $count } اسناد نشته
}

## What is known about a catalogue procedure

procedure-for = د چا لپاره:
procedure-own-entry = یوازې د دې ادارې
procedure-facts-organisation = مربوطه اداره
procedure-facts-theme = موضوع
procedure-facts-delay = معمولي موده
procedure-facts-days = { $days ->
    [one] { $days } ورځ
   *[other] { $days } ورځې
}
procedure-facts-every = { $months ->
    [one] هره میاشت یو ځل
   *[other] هرو { $months } میاشتو کې یو ځل
}
procedure-facts-documents = غوښتل شوي اسناد
procedure-facts-no-document = په لېست کې هېڅ سند نشته.

## Starting a procedure

procedure-start-title = یو اداري کار پیل کړئ
procedure-start-search = کوم اداري کار؟
procedure-start-search-help = د نوم یا د مربوطه ادارې څو توري ولیکئ. د ټاکلو لپاره ↑ ↓ غشي، د منلو لپاره Enter.
procedure-start-results = { $count ->
    [0] هېڅ اداري کار نشته
    [one] { $count } اداري کار
   *[other] { $count } اداري کارونه
}
procedure-start-no-match = هېڅ اداري کار له «{ $query }» سره سمون نه خوري.
procedure-start-manage-catalogue = اداري کار په لېست کې نشته؟ لېست ته یې ورزیات کړئ.
procedure-start-nothing-chosen = له لېست څخه یو اداري کار وټاکئ.
procedure-start-status = اداري کار چېرته رسېدلی؟
procedure-start-status-a_faire = باید وشي
procedure-start-status-deposee = له مخکې سپارل شوی
procedure-start-status-acceptee = له مخکې منل شوی: تمدیدونه تعقیب کړئ
procedure-started-on = له دې نېټې راهیسې
procedure-start-confirm = تعقیب پیل کړئ

## A procedure's screen

procedure-screen-since = له { $date } راهیسې
procedure-change-status = حالت بدل کړئ
procedure-next-status = نوی حالت
procedure-screen-status-on = نېټه
procedure-screen-status-note = یادښت (اختیاري)
procedure-screen-status-save = حالت ثبت کړئ
procedure-reopen-title = اداري کار بیا پرانیزئ
procedure-reopen-open = اداري کار بیا پرانیزئ…
procedure-closed-title = پای ته رسېدلی اداري کار
procedure-reopen-explanation = دا اداري کار پای ته رسېدلی دی. د بیا پیلولو لپاره (اعتراض، نوې غوښتنه، بېرته اخیستل شوې پرېکړه)، بیا یې پرانیزئ او ووایاست چې ولې.
procedure-reopen-status = په دې حالت بیا پیل کړئ
procedure-reopen-note = ولې بیا پرانیستل کېږي؟ (اړین)
procedure-reopen-save = اداري کار بیا پرانیزئ
procedure-history = تاریخچه
procedure-step-reopened = بیا پرانیستل شو: { $status }

procedure-screen-documents-count = راوړل شوي اسناد: { $brought } له { $total } څخه
procedure-screen-brought-on = په { $date } راوړل شوی
procedure-screen-not-needed = اړین نه دی
procedure-screen-not-needed-label = { $document }: اړین نه دی، له لېست څخه یې لرې کړئ
procedure-screen-add-document = لېست ته یو سند ورزیات کړئ
procedure-screen-choose-document = یو سند وټاکئ…
procedure-screen-add-document-button = ورزیات کړئ

procedure-next-renewal-on = تمدید باید په { $date } وشي
procedure-next-declaration-on = اظهارنامه باید په { $date } وشي
procedure-renewal-done = تمدید وشو
procedure-declaration-done = اظهارنامه وشوه
procedure-recurrence-done-help = ثبتوي چې نن وشو. راتلونکې نېټه پخپله حسابېږي.

procedure-details = د دوسیې شمېره، نېټې او یادښتونه
procedure-reference-label = د دوسیې یا غوښتنې شمېره
procedure-deadline-label = وروستۍ نېټه
procedure-renewal-label = د تمدید نېټه
procedure-declaration-label = د راتلونکې اظهارنامې نېټه
procedure-call-back-label = کس ته په دې نېټه بیا زنګ ووهئ
procedure-notes-label = یادښتونه
procedure-details-save = ثبت کړئ
procedure-details-unsaved = بدلونونه لا نه دي ثبت شوي

procedure-activities = { $count ->
    [0] تړلې مرستې
   *[other] تړلې مرستې ({ $count })
}
procedure-no-activity = هېڅ مرسته له دې اداري کار سره نه ده تړل شوې.
procedure-activity-line = { $date }: { $themes }
procedure-link = د کس یوه مرسته ورسره وتړئ
procedure-link-choose = یوه مرسته وټاکئ…
procedure-link-button = وتړئ
procedure-unlink = جلا کړئ
procedure-unlink-label = د { $date } مرسته جلا کړئ

## Confirmations

procedure-toast-started = اداري کار پیل شو.
procedure-toast-status = حالت ثبت شو: { $status }.
procedure-toast-reopened = اداري کار بیا پرانیستل شو: { $status }.
procedure-toast-document-brought = سند راوړل شو: { $document }.
procedure-toast-document-missing = سند نشته: { $document }.
procedure-toast-document-not_needed = سند له لېست څخه لرې شو: { $document }.
procedure-toast-document-added = سند لېست ته ورزیات شو: { $document }.
procedure-toast-saved = ثبت شو.
procedure-toast-recurrence-done = ثبت شو.
procedure-toast-recurrence-done-next = ثبت شو. راتلونکی ځل: { $date }.
procedure-toast-linked = مرسته وتړل شوه.
procedure-toast-unlinked = مرسته جلا شوه.

## To follow up

follow-up-title = د تعقیب لپاره
follow-up-subtitle = نن، { $date }، او راتلونکې ۷ ورځې
follow-up-help = Enter یا کلیک: اداري کار پرانیزئ. د یوې کرښې نه بلې ته د تللو لپاره ↑ ↓ غشي.
follow-up-empty = په دې اونۍ کې د تعقیب لپاره هېڅ نشته.
follow-up-overdue = ځنډېدلي ({ $count })
follow-up-today = نن ({ $count })
follow-up-week = دا اونۍ ({ $count })
follow-up-more = نور ښکاره کړئ ({ $count } نور)
follow-up-why-deadline = وروستۍ نېټه { $date }
follow-up-why-renewal = تمدید په { $date }
follow-up-why-renewal-prepare = تمدید په { $date }، له { $start } څخه یې چمتو کړئ
follow-up-why-declaration = اظهارنامه په { $date }
follow-up-why-declaration-prepare = اظهارنامه په { $date }، له { $start } څخه یې چمتو کړئ
follow-up-why-stuck = { $status } له { $date } راهیسې: ډېر وخت شو
follow-up-why-call-back = په { $date } بیا زنګ ووهئ
follow-up-open-file = دوسیه
follow-up-open-title = د «د تعقیب لپاره» لېست پرانیزئ (Ctrl+U)
follow-up-count = په دې اونۍ کې د تعقیب لپاره: { $count }
follow-up-count-overdue = چې { $count } یې ځنډېدلي دي
follow-up-count-none = په دې اونۍ کې د تعقیب لپاره هېڅ نشته

## The organisation's catalogue of procedures

catalogue-title = د اداري کارونو لېست
catalogue-intro = هغه اداري کارونه چې ستاسو اداره یې هېڅکله نه کوي، نښه یې لرې کړئ: نور به نه وړاندې کېږي. هغه اداري کارونه چې پیل شوي دي، نه بدلېږي.
catalogue-filter = په لېست کې ولټوئ
catalogue-hidden-count = { $count ->
    [one] { $count } پټ اداري کار
   *[other] { $count } پټ اداري کارونه
}
catalogue-no-match = هېڅ اداري کار له «{ $query }» سره سمون نه خوري.
catalogue-state-offered = وړاندې کېږي
catalogue-state-hidden = پټ
catalogue-add-open = د دې ادارې یو اداري کار ورزیات کړئ
catalogue-add-title = د دې ادارې نوی اداري کار
catalogue-new-label = د اداري کار نوم
catalogue-new-label-help = هغسې چې ستاسو همکاران یې لټوي. نه ژباړل کېږي.
catalogue-choose-theme = یوه موضوع وټاکئ…
catalogue-no-organisation = نه دی ټاکل شوی
catalogue-new-delay = معمولي موده (ورځې)
catalogue-new-documents = { $count ->
    [0] غوښتل شوي اسناد
    [one] غوښتل شوي اسناد ({ $count } ټاکل شوی)
   *[other] غوښتل شوي اسناد ({ $count } ټاکل شوي)
}
catalogue-document-search = یو سند ولټوئ…
catalogue-add-save = لېست ته یې ورزیات کړئ
catalogue-toast-added = اداري کار لېست ته ورزیات شو: { $procedure }.
catalogue-toast-hidden = اداري کار پټ شو: { $procedure }.
catalogue-toast-offered = اداري کار بیا وړاندې کېږي: { $procedure }.

## Errors checked by the interface before calling the core

error-ui-procedure-status-required = نوی حالت وټاکئ.
error-ui-procedure-theme-required = یوه اداري موضوع وټاکئ.
