# Fișa de recuperare (cheia de recuperare pe hârtie) și ecranul de recuperare.

recovery-sheet-title = Fișa de recuperare Escale
recovery-sheet-intro = Această cheie redeschide datele Escale dacă se schimbă calculatorul, dacă portcheiul sistemului este șters sau dacă fraza secretă este uitată. Fără ea, nimeni nu poate recupera datele: nici dumneavoastră, nici un informatician.
recovery-sheet-key-label = Cheie de recuperare
recovery-sheet-keep = Păstrați această foaie încuiată, departe de calculator (de exemplu în seiful organizației). Nu o fotografiați și nu o trimiteți prin e-mail.
recovery-sheet-anyone = Oricine are această foaie și calculatorul poate citi datele.
recovery-sheet-how = Cum o folosiți: la pornirea Escale, alegeți „Am fișa de recuperare” și tastați cele 14 grupuri de câte 4 caractere. În linia de comandă: escale recover.
recovery-sheet-store = Baza de date { $storeId } · fișă făcută pe { $date }

recovery-step-title = Cheia dumneavoastră de recuperare
recovery-step-intro = Baza de date criptată este gata. Înainte de a începe, tipăriți această fișă sau copiați cheia de mână. Este singura cale de a recupera datele dacă acest calculator se strică sau dacă cheia se pierde.
recovery-print = Tipăriți fișa
recovery-step-kept-safe = Am tipărit sau am copiat cheia de recuperare și o păstrez într-un loc sigur.
recovery-step-done = Începeți să folosiți Escale
recovery-title = Redeschideți datele cu cheia de recuperare
recovery-intro = Datele dumneavoastră sunt încă pe acest calculator. Tastați cheia de recuperare tipărită pe fișa de recuperare: cele 14 grupuri de câte 4 caractere, în ordine. Spațiile și literele mari nu contează.
recovery-key-input = Cheie de recuperare
recovery-key-help = De exemplu: 7K2M 9QXA HT4R … (14 grupuri)
recovery-new-passphrase = Frază secretă nouă
recovery-cancel = Înapoi
recovery-submit = Redeschideți datele mele
