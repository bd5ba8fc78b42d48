# له یوې فایل څخه د خلکو راوړل (د La Coop de la médiation numérique د راوړلو نمونه، سپرېډشیټ، CSV).

## هغه فایلونه چې نه لوستل کېږي

error-import-file-empty = فایل خالي دی: هېڅ خانه ډکه نه ده.
error-import-file-too-large = فایل ډېر لوی دی (له { $max } میګابایټه زیات). په څو فایلونو یې ووېشئ.
error-import-not-a-spreadsheet = دا فایل د لوستلو وړ سپرېډشیټ نه دی (XLSX یا CSV). کېدای شي خراب یا نیمګړی وي: د سپرېډشیټ له پروګرام څخه یې بیا په XLSX یا CSV بڼه خوندي کړئ.
error-import-sheet-missing = په کتاب کې د «{ $sheet }» په نوم پاڼه نشته. د هغه پاڼې: { $sheets }.
error-import-too-many-rows = په فایل کې ډېر قطارونه دي (حد یې { $max } دی). په څو فایلونو یې ووېشئ.
error-import-too-many-columns = په فایل کې ډېر ستنې دي (حد یې { $max } دی).
error-import-cell-too-long = خانه { $column }{ $line } ډېره اوږده ده (د هرې خانې حد { $max } توري دي).
error-import-header-row-missing = د فایل { $line } قطار خالي دی یا نشته: د ستنو سرلیکونه نه شي لرلای.
error-import-column-unknown = په فایل کې د «{ $column }» ستنه نشته: توری یې (A، B، C…) یا سرلیک یې ولیکئ.
error-import-field-unknown = «{ $field }» د یو کس برخه نه ده. برخې: { $fields }.
error-import-name-column-missing = د فایل هېڅ ستنه د تخلص یا نوم په توګه ونه پېژندل شوه. هغه وټاکئ (د بېلګې په توګه --column last-name=A).

## د راوړل شوي قطار په اړه یادونې

error-import-commune-not-found = ښار په رسمي لیست کې ونه موندل شو: کس بې له ښاره راوړل شو.
error-import-commune-ambiguous = څو ښارونه همدا نوم لري: کس بې له ښاره راوړل شو. د ټاکلو لپاره پوستي کوډ ورزیات کړئ.
import-duplicate-of-line = د فایل د { $line } قطار په څېر همغه نوم او همغه د زېږېدو کال.
import-duplicate-of-existing = د مخکې ثبت شویو کسانو په څېر همغه نوم او همغه د زېږېدو کال (شمېر: { $count }).

## برخې

import-field-name = نوم او تخلص
import-field-lastName = تخلص
import-field-firstName = نوم
import-field-birthYear = د زېږېدو کال
import-field-gender = جنسیت
import-field-socialStatus = ټولنیز حالت
import-field-commune = ښار
import-field-communeInseeCode = INSEE کوډ
import-field-communePostalCode = پوستي کوډ
import-field-phone = تلیفون
import-field-email = برېښنالیک پته
import-field-notes = یادښتونه

## د رد شویو قطارونو راپور (CSV فایل)

import-report-line = قطار
import-report-field = برخه
import-report-reason = لامل
import-report-outcome = پایله
import-report-refused = قطار رد شو
import-report-kept = راوړل شو
import-report-likely-duplicate = احتمالي تکرار

## د قوماندې کرښه

cli-about-escale-import = له بل وسیلې څخه معلومات راوړي.
cli-about-escale-import-people = له XLSX یا CSV فایل څخه خلک راوړي (د La Coop de la médiation numérique د راوړلو نمونه همداسې پېژندل کېږي). لومړی ښيي چې څه به راوړل شي، احتمالي تکرارونه او رد شوي قطارونه؛ یا ټول یا هېڅ.
cli-arg-escale-import-people-file = هغه فایل چې راوړل کېږي (XLSX یا CSV).
cli-arg-escale-import-people-sheet = د کتاب هغه پاڼه چې لوستل کېږي (په ډیفالټ ډول لومړۍ).
cli-arg-escale-import-people-header_row = هغه قطار چې د ستنو سرلیکونه لري (په ډیفالټ ډول پخپله موندل کېږي)؛ خلک په راتلونکو قطارونو کې دي.
cli-arg-escale-import-people-column = یوه برخه له کومه ولوستل شي: برخه=ستنه، ستنه د توري یا سرلیک له مخې (د بېلګې په توګه phone=G، notes="یادونې")؛ برخه=- د نه لوستلو لپاره. برخې: last-name، first-name، birth-year، commune، insee-code، postal-code، phone، email، gender، social-status، notes.
cli-arg-escale-import-people-dry_run = ښودل چې څه به راوړل کېدل، پرته له دې چې څه خوندي شي.
cli-arg-escale-import-people-skip_duplicates = احتمالي تکرارونه مه راوړئ.
cli-arg-escale-import-people-rejects = د رد شویو قطارونو او یادونو راپور په دې CSV فایل کې خوندي کړئ.
cli-arg-escale-import-people-json = پایله په JSON بڼه.

cli-import-national-template = د La Coop de la médiation numérique د راوړلو نمونه وپېژندل شوه: پاڼه «{ $sheet }»، خلک له { $line } قطار څخه وروسته.
cli-import-column = { $field }: ستنه { $column }
cli-import-summary = لوستل شوي قطارونه: { $lines }؛ د راوړلو کسان: { $accepted }؛ رد شوي قطارونه: { $rejected }.
cli-import-duplicates = احتمالي تکرارونه (همغه نوم او همغه د زېږېدو کال): { $count }.
cli-import-issue = قطار { $line } ({ $field }): { $reason }
cli-import-more-issues = … او نورې یادونې: { $count } (د --rejects راپور ټولې لري).
cli-import-report-written = راپور په { $path } کې خوندي شو.
cli-import-dry-run = ازمېښت: هېڅ شی خوندي نه شو.
cli-import-progress = د خلکو راوړل
cli-import-done = راوړل شوي کسان: { $imported }.
cli-import-skipped-duplicates = یو طرف ته پرېښودل شوي احتمالي تکرارونه: { $count }.
