# په کړکۍ کې د «خلک واردول» پاڼه: دوتنه، ستنې، مخکتنه، واردول.

import-ui-open = خلک واردول
import-ui-title = خلک واردول
import-ui-intro = د La Coop de la médiation numérique د واردولو له نمونې یا له هر سپریډشیټ (XLSX یا CSV) څخه. تر وروستي پړاو مخکې هېڅ شی نه خوندي کېږي.

## 1. دوتنه

import-ui-step-file = ۱. دوتنه
import-ui-found-files = ستاسو په اسنادو او USB کیليو کې موندل شوي سپریډشیټونه
import-ui-found-files-choose = { $count ->
    [one] له { $count } موندل شوې دوتنې څخه وټاکئ…
   *[other] له { $count } موندل شویو دوتنو څخه وټاکئ…
}
import-ui-found-in-documents = { $name } (اسناد)
import-ui-found-on-key = { $name } (USB کیلي)
import-ui-path = د هغې دوتنې لاره چې باید وارده شي (XLSX یا CSV)
import-ui-path-help = د دوتنې بشپړه لاره ولیکئ، یا یې له پورته لړلیک څخه وټاکئ.
import-ui-path-help-typed = د دوتنې بشپړه لاره ولیکئ (ستاسو په اسنادو یا USB کیلي کې هېڅ سپریډشیټ ونه موندل شو).
import-ui-read = دوتنه ولولئ
import-ui-read-again = دوتنه بیا ولولئ
import-ui-reading = دوتنه لوستل کېږي…
import-ui-file-read = لوستل شوې دوتنه: { $name }
import-ui-sheet = د کاري کتاب هغه پاڼه چې باید ولوستل شي
error-import-ui-path-required = هغه دوتنه وښایئ چې باید وارده شي.
error-import-file-not-read = دوتنه نور په حافظه کې نشته: بیا یې ولولئ.

## 2. ستنې

import-ui-step-columns = ۲. ستنې
import-ui-national-template = د La Coop de la médiation numérique د واردولو نمونه وپېژندل شوه: ستنې یې معلومې دي، د ټاکلو لپاره څه نشته.
import-ui-columns-intro = د هر معلومات لپاره، د دوتنې هغه ستنه چې هغه لري. Escale دا د ستنو له سرلیکونو اټکل کړې ده: یې وګورئ، او که اړتیا وي بدله یې کړئ.
import-ui-header-line = د ستنو د سرلیکونو کرښه
import-ui-header-line-help = خلک په راتلونکو کرښو کې دي. که Escale غلطه کرښه غوره کړې وي، بدله یې کړئ.
import-ui-column-none = مه یې واردوئ
import-ui-column-option = ستنه { $letter }: { $header }
import-ui-column-option-untitled = ستنه { $letter } (بې سرلیکه)
import-ui-column-example = بېلګه: { $example }
import-ui-name-column-needed = د تخلص یا نوم ستنه وټاکئ: بې له هغې هېڅوک نشي واردېدای.

## 3. مخکتنه

import-ui-step-preview = ۳. څه به وارد شي
import-ui-previewing = مخکتنه تازه کېږي…
import-ui-accepted = { $count ->
    [one] { $count } کس به وارد شي
   *[other] { $count } کسان به وارد شي
} (له { $lines ->
    [one] { $lines } لوستل شوې کرښې
   *[other] { $lines } لوستل شویو کرښو
} څخه).
import-ui-duplicates = { $count ->
    [one] { $count } احتمالي تکرار (ورته نوم او ورته د زېږون کال).
   *[other] { $count } احتمالي تکرارونه (ورته نوم او ورته د زېږون کال).
}
import-ui-rejected = { $count ->
    [one] { $count } کرښه رد شوه.
   *[other] { $count } کرښې رد شوې.
}
import-ui-duplicates-title = احتمالي تکرارونه
import-ui-duplicate-of-existing = کرښه { $line }: { $name } ورته ده { $count ->
    [one] یو داسې کس ته چې مخکې ثبت شوی
   *[other] { $count } داسې کسانو ته چې مخکې ثبت شوي
}: { $existing }.
import-ui-duplicate-of-line = کرښه { $line }: { $name }، د دوتنې د { $earlier } کرښې په څېر ورته نوم او ورته د زېږون کال.
import-ui-skip-duplicates = احتمالي تکرارونه مه واردوئ
import-ui-rejected-title = رد شوې کرښې
import-ui-remarks-title = له یوې یادونې سره واردې شوې کرښې
import-ui-table-line = کرښه
import-ui-table-field = ساحه
import-ui-table-reason = لامل
import-ui-more-issues = { $count ->
    [one] … او { $count } نور: راپور ټول ورکوي.
   *[other] … او { $count } نور: راپور ټول ورکوي.
}

## راپور

import-ui-report-title = د رد شویو کرښو راپور
import-ui-report-help = یوه CSV دوتنه چې هره رد شوې کرښه او لامل یې، هره یادونه او هر احتمالي تکرار لري. یوازې د کرښو شمېرې او لاملونه لري، هېڅ نوم نه لري.
import-ui-report-folder = هغه فولډر چې راپور پکې خوندي شي
import-ui-save-report = راپور خوندي کړئ
import-ui-report-saved = راپور «{ $name }» خوندي شو:
error-import-ui-folder-required = هغه فولډر وښایئ چې راپور پکې خوندي شي.

## 4. واردول

import-ui-step-import = ۴. واردول
import-ui-all-or-nothing = ټول یا هېڅ: که واردول لغوه شي یا ودرېږي، هېڅوک نه خوندي کېږي.
import-ui-run = { $count ->
    [one] { $count } کس وارد کړئ
   *[other] { $count } کسان وارد کړئ
}
import-ui-nothing-to-import = د واردولو لپاره هېڅوک نشته: دوتنه یا ټاکل شوې ستنې سمې کړئ.
import-ui-importing = خلک واردېږي
import-ui-cancel = واردول لغوه کړئ
import-ui-cancelled = واردول لغوه شول: هېڅوک خوندي نه شو.
import-ui-done-title = واردول پای ته ورسېدل
import-ui-done = { $count ->
    [one] { $count } کس وارد شو.
   *[other] { $count } کسان وارد شول.
}
import-ui-done-skipped = { $count ->
    [one] { $count } احتمالي تکرار یو طرف ته پرېښودل شو.
   *[other] { $count } احتمالي تکرارونه یو طرف ته پرېښودل شول.
}
import-ui-done-rejected = { $count ->
    [one] { $count } رد شوې کرښه وارده نه شوه.
   *[other] { $count } رد شوې کرښې واردې نه شوې.
}
import-ui-back-to-list = د خلکو لړلیک ته بېرته تګ
import-ui-import-another = بله دوتنه وارد کړئ
