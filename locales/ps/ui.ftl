# The desktop app's interface (ui/), in Pashto. Reference: locales/fr/ui.ftl.
# Plain and direct, for mediators who record quickly, often in front of the person.

app-name = Escale
loading = لږ انتظار وکړئ…
saving = ثبتېږي…
retry = بیا هڅه وکړئ
cancel = لغوه
yes = هو
no = نه
skip-to-content = اصلي برخې ته ورشئ

## Header and navigation

nav-label = اصلي مینو
nav-home-title = د کسانو لېست ته ستنېدل (Ctrl+K)
nav-back = شاته
language-select-label = ژبه
# A language in a picker: its own name, then its name in Pashto.
language-choice = { $native } ({ $name })

shortcut-back = Esc
shortcut-new = Ctrl+N
shortcut-save = Ctrl+Enter

## First start

setup-title = Escale ته ښه راغلاست
setup-intro = Escale ستاسو د مرستو ریکارډ ساتي، حتی کله چې انټرنیټ نه وي.
setup-point-encrypted = معلومات په همدې کمپیوټر کې کوډ شوي پاتې کېږي: پرته له کیلي هېڅوک یې نه شي لوستلای، حتی که کمپیوټر ورک یا غلا شي.
setup-point-offline = هر څه بې له انټرنیټه کار کوي، په بس کې هم او په دفتر کې هم.
setup-point-nothing-sent = هېڅ شی انټرنیټ ته نه لېږل کېږي.
setup-keyring-explanation = د کوډ کولو کیلي به ستاسو د حساب د کیلیو په خوندي ځای کې کېښودل شي: تاسو ته اړتیا نشته چې څه په یاد وساتئ.
setup-passphrase-legend = یوه پټه جمله وټاکئ
setup-passphrase-explanation = دا کمپیوټر د کیلیو خوندي ځای نه لري: یوه پټه جمله به ستاسو معلومات خوندي کړي. هر ځل چې Escale پرانیزئ، دا جمله به درنه وغوښتل شي. لږ تر لږه { $min } توري؛ یوه لنډه جمله چې په یاد ساتل یې اسانه وي، ډېره ښه ده.
setup-passphrase-warning = که دا پټه جمله مو هېره شي، یوازې د بیا ترلاسه کولو کیلي (چې سمدستي وروسته به یې چاپ کړئ) معلومات بیا پرانیستلای شي.
setup-passphrase = پټه جمله
setup-passphrase-repeat = پټه جمله، یو ځل بیا
setup-shared-laptop = دا کمپیوټر له نورو کسانو سره ګډ دی
setup-shared-laptop-help = په دې حالت کې به معلومات د حساب د کیلیو د ځای پر ځای په یوه پټه جمله خوندي شي، چې هر ځل د پرانیستلو پر وخت به غوښتل کېږي.
setup-passphrase-shared-explanation = یوه پټه جمله به ستاسو معلومات خوندي کړي. هر ځل چې Escale پرانیزئ، دا جمله به درنه وغوښتل شي. لږ تر لږه { $min } توري؛ یوه لنډه جمله چې په یاد ساتل یې اسانه وي، ډېره ښه ده.
setup-demo = د نمونې معلومات ورزیات کړئ
setup-demo-help = جوړ شوي (نارښتیني) کسان او مرستې، د Escale د پېژندلو یا د یو همکار د روزلو لپاره. د رښتیني کار لپاره یې نښه مه کوئ.
setup-create = زما کوډ شوی ډېټابېس جوړ کړئ
setup-working = کوډ شوی ډېټابېس جوړېږي…
setup-working-demo = کوډ شوی ډېټابېس او د نمونې معلومات جوړېږي… دا څو ثانیې وخت نیسي.
setup-demo-skip = د نمونې معلوماتو پرته پیل کړئ
setup-data-dir = د معلوماتو فولډر:

## Unlocking

unlock-title = Escale قفل دی
unlock-intro = د دې کمپیوټر د معلوماتو د پرانیستلو لپاره پټه جمله ولیکئ.
unlock-keyring-intro = Escale ونه شو کولای چې معلومات د حساب د کیلیو له خوندي ځای سره پرانیزي.
unlock-retry = بیا هڅه وکړئ
unlock-use-recovery = زه د بیا ترلاسه کولو پاڼه لرم
unlock-passphrase = پټه جمله
unlock-submit = قفل خلاص کړئ
unlock-working = پرانیستل کېږي…
passphrase-deriving-key = له پټې جملې څخه کیلي جوړېږي… دا څو ثانیې وخت نیسي.

## List of people

list-title = هغه کسان چې مرسته یې کوو
list-new-beneficiary = نوی کس
list-search-label = یو کس ولټوئ
list-search-placeholder = نوم یا تخلص…
list-search-help = د نوم یا تخلص لومړۍ برخه ولیکئ. د ټاکلو لپاره ↑ ↓ غشي، د دوسیې د پرانیستلو لپاره Enter.
list-results-label = { $count ->
    [0] هېڅ پایله نشته
    [one] { $count } پایله
   *[other] { $count } پایلې
}
list-empty = تر اوسه هېڅ کس نه دی ثبت شوی. له «نوی کس» څخه پیل وکړئ.
list-no-match = هېڅ کس له «{ $query }» سره سمون نه خوري. املا وګورئ یا نوې دوسیه جوړه کړئ.
list-last-activity = وروستی راتګ: { $date }
list-never-accompanied = تر اوسه هېڅ مرسته نه ده شوې
list-activity-count = { $count ->
    [one] { $count } مرسته
   *[other] { $count } مرستې
}
list-limit = یوازې لومړي { $limit } کسان ښودل شوي دي: لټون نور دقیق کړئ.
person-anonymous = بې نومه کس

## A person's file: form

beneficiary-form-new-title = نوی کس
beneficiary-form-edit-title = دوسیه بدله کړئ
beneficiary-anonymous = بې له نوم ثبت کړئ (بې نومه کس)
beneficiary-anonymous-help = یوازې د احصایې لپاره: نوم، ټیلیفون او ایمیل نه ساتل کېږي.
beneficiary-first-name = نوم
beneficiary-last-name = تخلص
beneficiary-latin-first-name = نوم په لاتیني تورو
beneficiary-latin-last-name = تخلص په لاتیني تورو
beneficiary-latin-name-help = لکه په فرانسوي اسنادو کې، که نوم په بل لیک (عربي، سیریلیک…) لیکل شوی وي. کس د دواړو له لارې موندل کېږي.
beneficiary-birth-year = د زېږېدو کال
beneficiary-birth-year-help = د عمر ډله له دې څخه معلومېږي.
beneficiary-gender = جنس
beneficiary-social-status = ټولنیز حالت
beneficiary-commune = د اوسېدو ښار
beneficiary-phone = ټیلیفون
beneficiary-email = ایمیل
beneficiary-languages = هغه ژبې چې خبرې پرې کوي
beneficiary-languages-help = لومړی هغه ژبه نښه کړئ چې ډېره یې کاروي.
beneficiary-document-language = د ورکړل شویو اسنادو ژبه
beneficiary-document-language-help = د چاپ شویو لنډیزونو ژبه، د فرانسوي ترڅنګ.
beneficiary-notes = یادښتونه
beneficiary-notes-help = یوازې هغه څه چې د مرستې لپاره ګټور وي. د روغتیا غیر ضروري معلومات مه لیکئ.
beneficiary-save = دوسیه ثبت کړئ

commune-placeholder = د ښار نوم یا پوستي کوډ…
commune-help = لږ تر لږه ۲ توري یا عددونه ولیکئ، بیا یې له لېست څخه وټاکئ.
commune-clear = ښار پاک کړئ
commune-postal-codes = { $codes }
commune-with-postal-code = { $name } ({ $postalCode })

## A person's file: reading

file-record-activity = یوه مرسته ثبت کړئ
file-edit = دوسیه بدله کړئ
file-born = { $gender ->
    [feminin] په { $year } کې زېږېدلې
    [masculin] په { $year } کې زېږېدلی
   *[other] د زېږېدو کال: { $year }
}
file-identity = هویت
file-latin-name = په لاتیني تورو:
file-not-given = نه دی ویل شوی
file-activities = مرستې ({ $count })
file-no-activity = د دې کس لپاره هېڅ مرسته نه ده ثبت شوې.
procedure-reference = د دوسیې شمېره:
procedure-deadline = وروستۍ نېټه: { $date }

## Recording an accompaniment

activity-form-title = نوې انفرادي مرسته
activity-form-for = د چا لپاره:
activity-section-when = کله او څومره وخت
activity-section-where = چېرته
activity-section-what = څه وشول
activity-section-how = کار څنګه تېر شو
activity-section-notes = یادښتونه او راتلونکي ګامونه
activity-date = نېټه
activity-duration = موده
activity-duration-custom = بله موده
activity-minutes-unit = دقیقې
activity-place-type = د مرستې ځای
activity-place = د کار ځای
activity-place-choose = یو ځای وټاکئ…
activity-place-option = { $name } ({ $commune })
activity-no-place = تر اوسه هېڅ د کار ځای نه دی ثبت شوی.
activity-place-add = + د کار ځای ورزیات کړئ
activity-place-new-name = د ځای نوم (د بېلګې په توګه «د Felletin تمځای» یا «پوسته‌خانه»)
activity-place-new-commune = د ځای ښار
activity-place-create = دا ځای ورزیات کړئ
activity-place-cancel = لغوه
activity-place-in-commune = { $place } ({ $commune })
activity-commune = ښار
activity-themes = موضوعګانې
activity-administrative-themes = اداري کارونه: برخې
activity-procedure-name = د اداري کار نوم
activity-procedure-name-placeholder = د بېلګې په توګه: د titre de séjour (اقامې کارت) تمدید
activity-equipment = کارول شوي وسایل
activity-autonomy = کس څومره پخپله کار کولای شي
activity-oriented = کس بلې ادارې ته معرفي شو؟
activity-orientation = معرفي
activity-orientation-choose = اداره وټاکئ…
activity-notes = یادښتونه
activity-next-steps = راتلونکي ګامونه
activity-next-steps-help = هغه څه چې کس یې باید بل ځل وکړي یا له ځان سره راوړي.
activity-save = مرسته ثبت کړئ

## Leaving without saving

leave-title = بې له ثبتولو وځئ؟
leave-text = تاسو د دې فورم ډکول پیل کړي دي. که اوس ووځئ، هغه څه چې مو لیکلي دي له منځه ځي.
leave-stay = په فورم کې پاتې شئ
leave-discard = بې له ثبتولو ووځئ

## Confirmations

toast-activity-saved = مرسته ثبت شوه.
toast-beneficiary-created = دوسیه جوړه شوه.
toast-beneficiary-saved = دوسیه ثبت شوه.

## Errors checked by the interface before calling the core

error-ui-passphrases-differ = دواړه پټې جملې یو شان نه دي.
error-ui-commune-not-chosen = ښار له وړاندې شوي لېست څخه وټاکئ، که نه نو نه ثبتېږي.
error-ui-duration-required = یوه موده وټاکئ.
error-ui-orientation-required = هغه اداره وټاکئ چې کس ورته معرفي شوی دی.
