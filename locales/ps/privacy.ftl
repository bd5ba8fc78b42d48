# The person's rights: the readable copy of their data (right of access) and the access log.

access-document-title = په Escale کې ستاسو شخصي معلومات
access-document-intro = په دې سند کې هغه ټول معلومات دي چې هغې ادارې چې له تاسو سره مرسته کوي، تر { $date } پورې ستاسو په اړه په Escale کې ثبت کړي دي.
# One line "label: value".
access-line = { $label }: { $value }
access-list-separator = {"، "}
access-value-missing = نه دی ویل شوی
access-none = هېڅ.
access-erased = ستاسو هویت، د اړیکې معلومات او ستاسو په اړه یادښتونه په { $date } پاک شول.

access-section-identity = هویت او د اړیکې معلومات
access-section-consents = رضایتونه
access-section-accompaniments = مرستې
access-section-procedures = اداري کارونه
access-section-audit = چا ستاسو دوسیه کتلې یا بدله کړې، او کله

access-label-id = د دوسیې ID
access-label-birth-year = د زېږېدو کال
access-label-gender = جنس
access-label-social-status = ټولنیز حالت
access-label-commune = ښار
access-commune = { $name } ({ $postalCode }، د INSEE کوډ { $inseeCode })
access-consent = رضایت په { $date } ({ $method }) ورکړل شوی د دې لپاره: { $purposes }.
access-consent-withdrawn = په { $date } بېرته واخیستل شو.
access-accompaniment = { $date } — { $kind }، { $duration }، { $place }
access-label-themes = موضوعګانې
access-label-workshop = ورکشاپ
access-label-autonomy = پخپله کار کولو وړتیا
access-label-orientation = معرفي
access-label-procedure-name = اداري کار
access-label-next-steps = راتلونکي ګامونه
access-procedure = { $kind } — { $status }
access-label-reference = د دوسیې شمېره
access-label-deadline = وروستۍ نېټه
access-status-change = { $date }: { $status }
access-audit-event = { $date } — { $action } ({ $entity })

# Actions in the access log (codes from crates/escale-core/src/privacy/audit.rs).
audit-action-create = جوړول
audit-action-update = بدلول
audit-action-status-change = د حالت بدلول
audit-action-delete = ړنګول
audit-action-view = کتل
audit-action-export = د معلوماتو ایستل (کاپي)
audit-action-erase = پاکول
audit-action-anonymise = بې نومه کول (د ساتلو موده تېره شوې)
audit-action-withdraw = د رضایت بېرته اخیستل
audit-action-restore = بېرته راګرځول (ړنګول یا یو ځای کول لغوه شول)
audit-action-merge = د دوو دوسیو یو ځای کول

# What a log line is about.
audit-entity-beneficiary = د کس دوسیه
audit-entity-activity = مرسته
audit-entity-procedure = اداري کار
audit-entity-consent = رضایت
audit-entity-place = د کار ځای
audit-entity-structure = اداره
audit-entity-setting = تنظیم
audit-entity-catalogue-entry = د لېست اداري کار

privacy-title = شخصي معلومات او د کس حقونه
privacy-consents = رضایت
privacy-no-consent = هېڅ رضایت نه دی ثبت شوی.
privacy-consent-line = په { $date } ورکړل شوی ({ $method })
privacy-consent-withdrawn-on = په { $date } بېرته اخیستل شوی
privacy-withdraw = دا رضایت نن بېرته واخلئ
privacy-consent-date = د رضایت نېټه
privacy-consent-method = څنګه
privacy-consent-purposes = د څه لپاره
privacy-record-consent = رضایت ثبت کړئ
privacy-consent-recorded = رضایت ثبت شو.
privacy-consent-withdrawn = د رضایت بېرته اخیستل ثبت شول.
privacy-access = د معلوماتو کاپي (د لاسرسي حق)
privacy-access-explanation = دوه فایلونه: د کس په ژبه یو د لوستلو وړ متن، او ټول معلومات په JSON بڼه. د فایلونو په نوم کې د هېڅ کس نوم نشته.
privacy-export-folder = د ثبتولو فولډر
privacy-usb-key = USB فلش
privacy-documents = اسناد
privacy-export = د معلوماتو کاپي ثبت کړئ
privacy-exported = کاپي ثبت شوه:
privacy-erasure = پاکول
privacy-erasure-explanation = د دې کس هویت، د اړیکې معلومات او یادښتونه د تل لپاره پاکوي. مرستې بې له نوم د احصایې لپاره شمېرل کېږي.
privacy-erase = د دې کس معلومات پاک کړئ…
privacy-erasure-question = د دې کس معلومات د تل لپاره پاک کړئ؟
privacy-erasure-goes = څه به پاک شي:
privacy-erasure-accompaniment-notes = { $count ->
    [one] د یوې مرستې یادښتونه او راتلونکي ګامونه
   *[other] د { $count } مرستو یادښتونه او راتلونکي ګامونه
}
privacy-erasure-procedure-texts = { $count ->
    [one] د یو اداري کار د دوسیې شمېره او یادښتونه
   *[other] د { $count } اداري کارونو د دوسیو شمېرې او یادښتونه
}
privacy-erasure-status-notes = { $count ->
    [one] د اداري کار د تعقیب یو یادښت
   *[other] د اداري کارونو د تعقیب { $count } یادښتونه
}
privacy-erasure-keeps = بې له نوم، د احصایې لپاره پاتې کېږي: { $accompaniments ->
    [one] { $accompaniments } مرسته
   *[other] { $accompaniments } مرستې
} او { $procedures ->
    [one] { $procedures } اداري کار
   *[other] { $procedures } اداري کارونه
}. دا پاکول بېرته نه شي لغوه کېدای.
privacy-erasure-cancel = مه یې پاکوئ
privacy-erasure-confirm = د تل لپاره پاک کړئ
privacy-erased = د کس معلومات پاک شول.
audit-title = د کتلو او بدلونونو ریکارډ
audit-when = کله
audit-what = کړنه
audit-which = څه
audit-open-file = دوسیه پرانیزئ
audit-more = نور وښایئ
audit-empty = په ریکارډ کې هېڅ نشته.
retention-title = د ساتلو موده
retention-explanation = هغه دوسیې چې د دې مودې راهیسې یې هېڅ مرسته نه ده شوې، د Escale د پرانیستلو پر وخت بې نومه کېږي. احصایه نه بدلېږي.
retention-months = غیر فعالې دوسیې څومره وساتل شي (میاشتې)
retention-save = موده ثبت کړئ
retention-saved = د ساتلو موده ثبت شوه.
retention-preview-title = هغه دوسیې چې په راتلونکو ۳۰ ورځو کې بې نومه کېږي
retention-preview-none = په راتلونکو ۳۰ ورځو کې هېڅ دوسیه بې نومه نه کېږي.
retention-preview-line = { $name } — وروستۍ مرسته په { $last }، بې نومه کېږي په { $on }
retention-preview-more = او { $count } نور.
