## Statistics of a period (screen, command line, exports and monthly report).

stats-title = احصایه
stats-open = احصایه
stats-period = موده
stats-period-this-month = دا میاشت
stats-period-last-month = تېره میاشت
stats-period-this-year = سږکال
stats-period-custom = ټاکل شوې موده
stats-from = له
stats-to = تر
stats-show = وښایئ
stats-place = ځای
stats-place-all = ټول ځایونه
stats-subtitle = له { $from } څخه تر { $to } پورې
stats-subtitle-place = له { $from } څخه تر { $to } پورې، په { $place } کې
stats-empty = په دې موده کې هېڅ فعالیت نه دی ثبت شوی.
stats-key-figures = مهمې شمېرې
stats-total-accompaniments = مرستې
stats-total-people = هغه کسان چې مرسته ورسره شوې
stats-total-new-people = نوي کسان
stats-total-followed-people = تعقیب شوي کسان
stats-total-anonymous-people = بې نومه کسان
stats-total-individual = انفرادي مرستې
stats-total-workshop-participants = په ورکشاپونو کې ګډون
stats-total-activities = فعالیتونه
stats-total-workshops = ورکشاپونه
stats-months = وروستۍ ۱۲ میاشتې
stats-months-caption = مرستې او هغه کسان چې مرسته ورسره شوې، د میاشتې له مخې
stats-column-month = میاشت
stats-column-accompaniments = مرستې
stats-column-people = کسان
stats-column-label = ارزښت
stats-column-count = شمېر
stats-column-percent = برخه
stats-digital-themes = د ډیجیټل مرستې موضوعګانې
stats-administrative-themes = اداري موضوعګانې
stats-equipment = کارول شوي وسایل
stats-channels = د مرستې لارې
stats-durations = مودې
stats-places = د کار ځایونه
stats-genders = جنس
stats-age-bands = د عمر ډلې
stats-social-statuses = د کسانو ټولنیز حالت
stats-communes = د اوسېدو ښار
stats-commune-unknown = ښار نه دی ویل شوی
stats-activities-note = د دې مودې له فعالیتونو څخه برخه؛ یو فعالیت کېدای شي څو موضوعګانې ولري.
stats-people-note = په دې موده کې له هغو کسانو څخه برخه چې مرسته ورسره شوې.
stats-loading = احصایه محاسبه کېږي…

error-period-ends-before-start = موده له پیل څخه مخکې پای ته رسېږي: دواړه نېټې وګورئ.
error-period-too-long = دا موده ډېره اوږده ده (له { $max } ورځو ډېره): د دواړو نېټو کال وګورئ.

cli-about-escale-stats = د یوې مودې شمېرې: مرستې، کسان، موضوعګانې، ځایونه، د میاشتې له مخې (په عادي حالت کې دا میاشت).
cli-arg-escale-stats-from = د مودې لومړۍ ورځ (YYYY-MM-DD)، په عادي حالت کې د میاشتې لومړۍ ورځ.
cli-arg-escale-stats-to = د مودې وروستۍ ورځ (YYYY-MM-DD)، په عادي حالت کې نن.
cli-arg-escale-stats-month = یوه بشپړه میاشت (YYYY-MM)، د --from او --to پر ځای.
cli-arg-escale-stats-place = یوازې د دې ځای فعالیتونه (د هغه ID).
cli-arg-escale-stats-json = پایله په JSON بڼه.
cli-stats-period = احصایه له { $from } څخه تر { $to } پورې
cli-stats-accompaniments = { $count ->
    [one] { $count } مرسته
   *[other] { $count } مرستې
} ({ $individual } انفرادي، { $workshop } په ورکشاپونو کې)
cli-stats-people = { $count ->
    [one] { $count } کس چې مرسته ورسره شوې
   *[other] { $count } کسان چې مرسته ورسره شوې
}، چې { $new } یې نوي دي ({ $followed } تعقیب شوي، { $anonymous } بې نومه)
cli-stats-activities = { $count ->
    [one] { $count } فعالیت
   *[other] { $count } فعالیتونه
} ({ $individual } انفرادي مرستې، { $workshops } ورکشاپونه)
cli-stats-share = { "  " }{ $label }: { $count } ({ $percent }٪)
cli-stats-month = { "  " }{ $month }: { $accompaniments } مرستې، { $people } کسان
