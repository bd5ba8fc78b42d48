# Locking, PIN code and security settings.

lock-now = قفل کړئ
shortcut-lock = Ctrl+L
lock-title = Escale قفل دی
lock-pin = PIN کوډ
lock-no-pin = هېڅ PIN کوډ نه دی ټاکل شوی: دا قفل یوازې سکرین پټوي. په «امنیت» کې یو PIN کوډ وټاکئ.
lock-wrong-pin = { $attemptsLeft ->
    [one] دا سم PIN کوډ نه دی. یوه بله هڅه پاتې ده.
   *[other] دا سم PIN کوډ نه دی. { $attemptsLeft } نورې هڅې پاتې دي.
}
lock-locked-out-passphrase = ډېرې هڅې وشوې. اوس پټه جمله ولیکئ.
lock-locked-out-recovery = ډېرې هڅې وشوې. اوس د بیا ترلاسه کولو کیلي ولیکئ.
security-title = امنیت
security-lock-title = قفلول
security-pin-is-set = PIN کوډ ټاکل شوی دی. کله چې بېرته راشئ، Escale خلاصوي.
security-pin-not-set = هېڅ PIN کوډ نه دی ټاکل شوی. یو وټاکئ: کله چې Escale قفل شي، دا به غوښتل کېږي.
security-new-pin = نوی PIN کوډ (له ۴ تر ۱۲ عددونو)
security-new-pin-repeat = نوی PIN کوډ، یو ځل بیا
security-save-pin = PIN کوډ ثبت کړئ
security-pin-saved = PIN کوډ ثبت شو.
security-idle = Escale کله قفل شي
security-idle-minutes = { $minutes ->
    [one] کله چې ۱ دقیقه هېڅ کار ونه شي
   *[other] کله چې { $minutes } دقیقې هېڅ کار ونه شي
}
security-idle-saved = { $minutes ->
    [one] کله چې ۱ دقیقه هېڅ کار ونه شي، Escale به قفل شي.
   *[other] کله چې { $minutes } دقیقې هېڅ کار ونه شي، Escale به قفل شي.
}
security-sheet-explanation = که کمپیوټر، د کیلیو ځای یا پټه جمله ورکه شي، د بیا ترلاسه کولو پاڼه معلومات بیا پرانیزي. که پاڼه مو ورکه کړې وي، بیا یې چاپ کړئ.
security-show-sheet = د بیا ترلاسه کولو پاڼه وښایئ
security-hide-sheet = پاڼه پټه کړئ
security-key-title = د کیلي ساتنه
security-key-is-keyring = کیلي ستاسو د حساب د کیلیو په ځای کې ده. که کمپیوټر له نورو سره ګډ وي، غوره ده چې کیلي په یوه پټه جمله خوندي کړئ.
security-key-is-passphrase = کیلي په یوه پټه جمله خوندي ده.
security-current-passphrase = اوسنۍ پټه جمله
security-change-passphrase = پټه جمله بدله کړئ
security-move-to-passphrase = په دې پټې جملې یې خوندي کړئ
security-move-to-keyring = د هغې پر ځای د کیلیو ځای وکاروئ
security-passphrase-saved = اوس نوې پټه جمله کیلي خوندي کوي.
security-moved-to-keyring = کیلي اوس د حساب د کیلیو په ځای کې ده.
security-no-reencryption = معلومات بیا نه کوډ کېږي او د بیا ترلاسه کولو پاڼه لا هم د اعتبار وړ ده.
error-ui-pins-differ = دواړه PIN کوډونه یو شان نه دي.
setup-pin = د Escale د خلاصولو لپاره PIN کوډ (له ۴ تر ۱۲ عددونو)
setup-pin-help = کله چې له کمپیوټر څخه لرې شئ، Escale قفل کېږي؛ دا کوډ یې بیا خلاصوي.

backup-title = بېک اپ
backup-never = په دې کمپیوټر کې تر اوسه هېڅ بېک اپ نه دی جوړ شوی.
backup-too-old = { $days ->
    [one] وروستی بېک اپ پرون جوړ شوی.
   *[other] وروستی بېک اپ { $days } ورځې مخکې جوړ شوی.
}
backup-explanation = یو USB فلش ولګوئ او لږ تر لږه په اونۍ کې یو ځل بېک اپ جوړ کړئ. بېک اپ هم ستاسو د معلوماتو په څېر کوډ شوی دی: د بیا ترلاسه کولو په کیلي پرانیستل کېږي.
backup-folder = بېک اپ چېرته جوړ شي
backup-now = اوس بېک اپ جوړ کړئ
backup-working = بېک اپ جوړېږي… بیا فایل کتل کېږي.
backup-done = بېک اپ جوړ او وکتل شو ({ $megabytes } MB):
work-cancel = لغوه
work-cancelling = لغوه کېږي…

## Restoring a backup at first start
setup-restore-offer = مخکې مو په بل کمپیوټر کې Escale درلود؟
setup-restore = بېک اپ بېرته راوړئ
restore-title = بېک اپ بېرته راوړئ
restore-intro = هغه USB فلش ولګوئ چې بېک اپ پکې دی. Escale مخکې له کارولو ټول فایل ګوري؛ تر هغه چې هر څه ونه کتل شي، هېڅ شی نه نصبېږي.
restore-file = د بېک اپ فایل
restore-file-help = د فایل لار ولیکئ (په .escale-backup پای ته رسېږي).
restore-file-found = { $count ->
        [one] په USB فلش یا ستاسو په اسنادو کې یو بېک اپ وموندل شو؛ تاسو کولای شئ بله لار هم ولیکئ.
       *[other] { $count } بېک اپونه وموندل شول؛ تر ټولو نوی یې وړاندې شوی. تاسو کولای شئ بل یو وټاکئ.
    }
restore-inspect = دا فایل وګورئ
restore-inspecting = فایل کتل کېږي…
restore-summary = بېک اپ روغ دی، په { $made } جوړ شوی:
restore-use-recovery-key = پټه جمله مې هېره شوې: د بیا ترلاسه کولو پاڼه کاروم
restore-passphrase-of-the-time = د بېک اپ پر وخت پټه جمله
restore-passphrase-help = هغه جمله چې د بېک اپ په ورځ مو د Escale د پرانیستلو لپاره لیکله.
restore-new-passphrase-needed = په دې کمپیوټر کې د معلوماتو د خوندي کولو لپاره یوه پټه جمله وټاکئ
restore-new-passphrase-optional = نوې پټه جمله (اختیاري: که نه، د بېک اپ پټه جمله ساتل کېږي)
restore-new-passphrase-optional-keyring = نوې پټه جمله (اختیاري: که نه، کیلي د حساب د کیلیو په ځای کې ایښودل کېږي)
restore-other-file = بل فایل وټاکئ
restore-submit = زما معلومات بېرته راوړئ
restore-working = بېک اپ لوستل او کتل کېږي…
error-ui-backup-file-required = د بېک اپ فایل وټاکئ.
error-ui-restore-cancelled = بېرته راوړل لغوه شول. په دې کمپیوټر کې هېڅ شی نه دی نصب شوی.
