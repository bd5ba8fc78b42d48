## The monthly activity report (a PDF for the structure and its funders), its part of the
## statistics screen and the `escale report` command.

report-title = د فعالیت راپور — { $month }
report-period-all-places = له { $from } څخه تر { $to } پورې، د کار ټول ځایونه
report-printed-on = د جوړېدو نېټه: { $date }
report-number = { $value }
report-share = { $count } ({ $percent }٪)
report-note-heading = د ادارې خبره
report-months-caption = مرستې د میاشتې له مخې، په هغو دولسو میاشتو کې چې د راپور په میاشت پای ته رسېږي.
report-procedures = هغه اداري کارونه چې تر ټولو ډېره مرسته پکې شوې
report-procedures-note = د هغو فعالیتونو شمېر چې په هر اداري کار پورې اړه لري: تعقیب شوي اداري کارونه، او هغه اداري کارونه چې په یوه مرسته کې یې نوم اخیستل شوی.
report-nothing = په دې میاشت کې هېڅ نه دي ثبت شوي.
documents-file-report = activity-report-{ $month }.pdf
audit-entity-report-note = د میاشتني راپور متن
error-month-invalid = دا میاشت سمه نه ده: هغه په YYYY-MM بڼه ولیکئ، د بېلګې په توګه 2026-10.

report-section = میاشتنی راپور
report-explanation = د ادارې او د هغې د تمویلوونکو لپاره یو PDF: د میاشتې شمېرې، ګرافونه، موضوعګانې او اداري کارونه، ځایونه او ښارونه، او ستاسو متن.
report-month = د راپور میاشت
report-note-label = د دې میاشتې لپاره د ادارې خبره
report-note-help = څو کرښې چې په راپور کې چاپېږي: د میاشتې مهمه پېښه، نوی ځای، همکاره اداره. کله چې له خانې څخه ووځئ، سمدستي ثبتېږي.
report-note-saved = متن ثبت شو.
report-note-count = توري: { $count } / { $max }
report-print = راپور په PDF بڼه ثبت کړئ…
print-title-monthly-report = میاشتنی د فعالیت راپور

cli-about-escale-report = د ادارې او د هغې د تمویلوونکو لپاره میاشتنی د فعالیت راپور، په PDF بڼه: مهمې شمېرې، ګرافونه، موضوعګانې، اداري کارونه، ځایونه او ښارونه.
cli-arg-escale-report-month = د راپور میاشت (YYYY-MM)، په عادي حالت کې تېره میاشت.
cli-arg-escale-report-place = یوازې د دې ځای فعالیتونه (د هغه ID).
cli-arg-escale-report-text = د دې میاشتې لپاره د ادارې خبره، چې د راتلونکو چاپونو لپاره ساتل کېږي ("" یې پاکوي).
cli-arg-escale-report-text_file = همدا متن، چې له یوه متني فایل څخه لوستل کېږي (UTF8).
cli-arg-escale-report-out = هغه PDF فایل چې لیکل کېږي (که له مخکې وي، بدلېږي)؛ که نه، د راپور په نوم، په اوسني فولډر کې.
cli-report-text-not-read = فایل { $path } د متن په توګه نه لوستل کېږي: وګورئ چې شته دی او په UTF8 کې ثبت شوی دی.
