## د ملي پلاټفورم په بڼو صادرول (La Coop de la médiation numérique).
## د فایلونو د ستنو سرلیکونه د پلاټفورم دي، په فرانسوي ژبه، او دلته نه دي:
## دا د فایل بڼه ده، نه د انټرفیس متن.

export-title = صادرول
export-intro = Escale ستاسو ملاتړونه یا ګټه اخیستونکي د La Coop de la médiation numérique په بڼه لیکي، څو تاسو يې پرته له دې چې دوهم ځل يې ولیکئ راپور کړئ. فایل په فرانسوي ژبه دی، لکه څنګه چې پلاټفورم يې غواړي.
export-what = څه غواړئ صادر کړئ؟
export-what-activities = ملاتړونه (د هر ملاتړ شوي کس لپاره یوه کرښه)
export-what-people = ګټه اخیستونکي (هغه کسان چې نوم لري)
export-what-statistics = د مودې احصایه (مهمې شمېرې، موضوعګانې، ځایونه، کسان)
export-period = موده
export-period-this-month = دا میاشت
export-period-last-month = تېره میاشت
export-period-this-year = دا کال
export-period-custom = نورې نېټې
export-from = له
export-to = تر
export-period-reversed = د پیل نېټه د پای له نېټې وروسته ده.
export-place = ځای
export-place-all = ټول ځایونه
export-format = د فایل بڼه
export-format-xlsx = د XLSX جدول (د La Coop de la médiation numérique لپاره)
export-format-csv = CSV (د نورو وسیلو لپاره)
export-folder = هغه فولډر چې فایل پکې ساتل کېږي (USB کیلي یا اسناد)
export-now = صادر کړئ
export-working = صادرول روان دي
export-cancel = صادرول ودروئ
# $rows: د فایل د کرښو شمېر؛ $name: د فایل نوم.
export-done = { $rows ->
    [0] فایل خوندي شو، د دې مودې لپاره پکې هېڅ کرښه نشته: { $name }
    [one] فایل له { $rows } کرښې سره خوندي شو: { $name }
   *[other] فایل له { $rows } کرښو سره خوندي شو: { $name }
}
export-done-folder = په فولډر کې: { $folder }

# د قوماندې کرښه.
cli-about-escale-export = د ملي پلاټفورم په بڼو (La Coop de la médiation numérique)، په XLSX یا CSV کې صادروي.
cli-about-escale-export-activities = ملاتړونه صادروي: د هر ملاتړ شوي کس لپاره یوه کرښه.
cli-about-escale-export-people = هغه ګټه اخیستونکي صادروي چې نوم لري.
cli-arg-escale-export-activities-from = له دې نېټې، پر شمول يې (YYYY-MM-DD).
cli-arg-escale-export-activities-to = تر دې نېټې، پر شمول يې (YYYY-MM-DD).
cli-arg-escale-export-activities-place = یوازې په دې ځای کې ملاتړونه (د هغه پېژندنه).
cli-arg-escale-export-activities-format = د فایل بڼه: xlsx (ملي پلاټفورم) یا csv (نورې وسیلې).
cli-arg-escale-export-activities-output = هغه فایل چې لیکل کېږي، یا هغه فولډر چې فایل پکې هغه نوم اخلي چې پلاټفورم يې ورکوي (په ډیفالټ اوسنی فولډر).
cli-arg-escale-export-activities-json = پایله په JSON کې.
cli-arg-escale-export-people-from = یوازې هغه کسان چې له دې نېټې ملاتړ شوي، پر شمول يې (YYYY-MM-DD).
cli-arg-escale-export-people-to = یوازې هغه کسان چې تر دې نېټې ملاتړ شوي، پر شمول يې (YYYY-MM-DD).
cli-arg-escale-export-people-place = یوازې هغه کسان چې په دې ځای کې ملاتړ شوي (د هغه پېژندنه).
cli-arg-escale-export-people-format = د فایل بڼه: xlsx (ملي پلاټفورم) یا csv (نورې وسیلې).
cli-arg-escale-export-people-output = هغه فایل چې لیکل کېږي، یا هغه فولډر چې فایل پکې هغه نوم اخلي چې پلاټفورم يې ورکوي (په ډیفالټ اوسنی فولډر).
cli-arg-escale-export-people-json = پایله په JSON کې.
cli-about-escale-export-statistics = د یوې مودې احصایه صادروي: عمومي شمېرې، وروستۍ ۱۲ میاشتې، او هره وېشنه د شمېر او سلنې په توګه.
cli-arg-escale-export-statistics-from = د مودې لومړۍ ورځ (YYYY-MM-DD)، په عادي حالت کې د میاشتې لومړۍ ورځ.
cli-arg-escale-export-statistics-to = د مودې وروستۍ ورځ (YYYY-MM-DD)، په عادي حالت کې نن.
cli-arg-escale-export-statistics-place = یوازې د دې ځای فعالیتونه (د هغه ID).
cli-arg-escale-export-statistics-format = د فایل بڼه: xlsx (ملي پلاټفورم) یا csv (نورې وسیلې).
cli-arg-escale-export-statistics-output = هغه فایل چې لیکل کېږي، یا هغه فولډر چې فایل پکې هغه نوم اخلي چې پلاټفورم يې ورکوي (په ډیفالټ اوسنی فولډر).
cli-arg-escale-export-statistics-json = پایله په JSON کې.
cli-national-export-progress = صادرول
# $rows: د کرښو شمېر؛ $path: لیکل شوی فایل.
cli-national-export-written = { $rows ->
    [one] { $rows } کرښه { $path } ته صادره شوه
   *[other] { $rows } کرښې { $path } ته صادرې شوې
}

# تېروتنه.
error-export-not-written = Escale ونه شو کولای دا د صادرولو فایل ولیکي (دننۍ تېروتنه). هېڅ فایل پاتې نه شو. بیا هڅه وکړئ، یا د دې ستونزې خبر ورکړئ.
