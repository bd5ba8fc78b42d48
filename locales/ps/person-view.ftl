# هغه پرده چې د کس پر لور اړول کېږي: د هغه راتلونکي ګامونه په خپله ژبه، او په لوړ غږ لوستل.
# ساده ولیکئ: لنډې جملې، عام لغتونه.

## د کس په دوسیه کې (د مرستندوی ژبه)
person-view-open = پرده د کس پر لور واړوئ
person-view-open-title = کس ته په خپله ژبه یوازې هغه څه وښایئ چې په ده پورې اړه لري ({ $shortcut })
shortcut-person-view = Ctrl+Shift+P
person-view-needs-pin = د دې لپاره چې پرده د کس پر لور واړوئ، لومړی یو PIN کوډ وټاکئ: خپلو پردو ته د راستنېدو لپاره به وغوښتل شي.
person-view-pin-save = دا کوډ وټاکئ او پرده واړوئ
person-view-pin-cancel = لغوه

## د کس پرده (په خپله ژبه)
person-view-title = ستاسو راتلونکي ګامونه
person-view-title-named = { $name }، دا ستاسو راتلونکي ګامونه دي
person-view-next-steps = څه باید وشي
person-view-next-steps-none = اوس مهال هېڅ کار نشته.
person-view-written-on = په { $date } لیکل شوی
person-view-procedures = ستاسو روان اداري کارونه
person-view-procedures-none = هېڅ اداري کار روان نه دی.
person-view-status = د کار حالت: { $status }
person-view-reference = د دوسیې شمېره: { $reference }
person-view-deadline = باید له { $date } مخکې وشي
person-view-documents-missing = { $count ->
    [one] یو سند کم دی:
   *[other] { $count } سندونه کم دي:
}
person-view-documents-complete = ټول سندونه شته.
person-view-dates = ستاسو راتلونکې نېټې
person-view-dates-none = اوس مهال هېڅ نېټه نه ده ټاکل شوې.
person-view-date-deadline = د «{ $procedure }» وروستۍ ورځ
person-view-date-renewal = د «{ $procedure }» نوي کول
person-view-date-declaration = د «{ $procedure }» اعلامیه
person-view-date-call_back = ستاسو مرستندوی د «{ $procedure }» په اړه تاسو ته زنګ وهي
person-view-read-aloud = واورئ
person-view-stop-reading = لوستل ودروئ
person-view-no-voice = په دې کمپیوټر کې په { $language } ژبه غږ نشته

## مرستندوی ته د پردې بېرته ورکول (د مرستندوی ژبه)
person-view-back = پرده مرستندوی ته بېرته ورکړئ
person-view-back-explained = یوازې د مرستندوی لپاره: د راستنېدو لپاره ستاسو کوډ غوښتل کېږي.
person-view-back-submit = زما پردو ته ستنېدل
person-view-back-cancel = لغوه

## د قوماندې کرښه
cli-about-escale-person-view = هغه څه ښيي چې د کس پر لور اړول شوې پرده یې ورته په خپله ژبه ښيي: راتلونکي ګامونه، روان اداري کارونه له کمو سندونو سره، راتلونکې نېټې.
cli-arg-escale-person-view-id = د کس پېژندنه.
cli-arg-escale-person-view-json = پایله په JSON بڼه.

## د لوړ غږ لوستلو تېروتنې
error-reading-unavailable = د لوړ غږ لوستلو انجن (espeak-ng) په دې کمپیوټر کې نه دی نصب شوی.
error-reading-no-voice = په دې کمپیوټر کې د دې ژبې لپاره غږ نشته.
error-reading-failed = په لوړ غږ لوستل کار ونکړ (د غږ وتنه نشته؟).
