# Settings: Escale's languages and how far each translation has been checked.

languages-title = ژبې
languages-help = Escale په دې ژبو خبرې کوي. مسوده ژباړه لا تر اوسه د هغه چا له خوا نه ده لوستل شوې چې دا یې مورنۍ ژبه ده: مخکې له دې چې ډېرو خلکو ته یې وښیئ، بیا کتنه یې وکړئ.
languages-column-language = ژبه
languages-column-messages = ژباړل شوي متنونه
languages-column-review = بیا کتنه
languages-messages = { $translated } له { $total } څخه
languages-right-to-left = له ښي خوا څخه کيڼ لوري ته لیکل کېږي
languages-review-reference = اصلي ژبه
languages-review-drafted = د { $date } مسوده، لا نه ده کتل شوې
languages-review-drafted-undated = مسوده، لا نه ده کتل شوې
languages-review-reviewed = په { $date } د { $reviewer } له خوا کتل شوې
