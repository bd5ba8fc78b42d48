# Blocare, cod PIN și setări de securitate.

lock-now = Blocați
shortcut-lock = Ctrl+L
lock-title = Escale este blocat
lock-pin = Cod PIN
lock-no-pin = Nu este ales niciun cod PIN: această blocare doar ascunde ecranul. Alegeți un cod PIN în „Securitate”.
lock-wrong-pin = { $attemptsLeft ->
    [one] Nu este codul PIN corect. Mai aveți 1 încercare.
    [few] Nu este codul PIN corect. Mai aveți { $attemptsLeft } încercări.
   *[other] Nu este codul PIN corect. Mai aveți { $attemptsLeft } de încercări.
}
lock-locked-out-passphrase = Prea multe încercări. Introduceți acum fraza secretă.
lock-locked-out-recovery = Prea multe încercări. Introduceți acum cheia de recuperare.
security-title = Securitate
security-lock-title = Blocare
security-pin-is-set = Un cod PIN este ales. El deblochează Escale când reveniți.
security-pin-not-set = Nu este ales niciun cod PIN. Alegeți unul: vi se va cere când Escale se blochează.
security-new-pin = Cod PIN nou (între 4 și 12 cifre)
security-new-pin-repeat = Cod PIN nou, încă o dată
security-save-pin = Salvați codul PIN
security-pin-saved = Cod PIN salvat.
security-idle = Blocare după
security-idle-minutes = { $minutes ->
    [one] 1 minut fără activitate
    [few] { $minutes } minute fără activitate
   *[other] { $minutes } de minute fără activitate
}
security-idle-saved = { $minutes ->
    [one] Escale se va bloca după 1 minut fără activitate.
    [few] Escale se va bloca după { $minutes } minute fără activitate.
   *[other] Escale se va bloca după { $minutes } de minute fără activitate.
}
security-sheet-explanation = Fișa de recuperare redeschide datele dacă se pierd calculatorul, portcheiul sau fraza secretă. Tipăriți-o din nou dacă ați rătăcit-o.
security-show-sheet = Afișați fișa de recuperare
security-hide-sheet = Ascundeți fișa
security-key-title = Protecția cheii
security-key-is-keyring = Cheia este în portcheiul contului dumneavoastră. Pe un calculator folosit de mai multe persoane, protejați-o mai bine cu o frază secretă.
security-key-is-passphrase = Cheia este protejată de o frază secretă.
security-current-passphrase = Fraza secretă actuală
security-change-passphrase = Schimbați fraza secretă
security-move-to-passphrase = Protejați cu această frază secretă
security-move-to-keyring = Folosiți în schimb portcheiul
security-passphrase-saved = Fraza secretă nouă protejează acum cheia.
security-moved-to-keyring = Cheia este acum în portcheiul contului.
security-no-reencryption = Datele nu sunt criptate din nou, iar fișa de recuperare rămâne valabilă.
error-ui-pins-differ = Cele două coduri PIN sunt diferite.
setup-pin = Cod PIN pentru deblocarea Escale (între 4 și 12 cifre)
setup-pin-help = Escale se blochează când plecați de lângă calculator; acest cod îl redeschide.

backup-title = Copie de siguranță
backup-never = Nu s-a făcut încă nicio copie de siguranță pe acest calculator.
backup-too-old = { $days ->
    [one] Ultima copie de siguranță este de ieri.
    [few] Ultima copie de siguranță este de acum { $days } zile.
   *[other] Ultima copie de siguranță este de acum { $days } de zile.
}
backup-explanation = Conectați un stick USB și faceți o copie de siguranță cel puțin o dată pe săptămână. Copia este criptată ca și datele dumneavoastră: se redeschide cu cheia de recuperare.
backup-folder = Unde se salvează copia
backup-now = Faceți copia acum
backup-working = Se face copia de siguranță… apoi se verifică fișierul.
backup-done = Copie de siguranță făcută și verificată ({ $megabytes } MB):
work-cancel = Anulați
work-cancelling = Se anulează…

## Restaurarea unei copii de siguranță la prima pornire
setup-restore-offer = Aveați deja Escale pe un alt calculator?
setup-restore = Restaurați o copie de siguranță
restore-title = Restaurați o copie de siguranță
restore-intro = Conectați stickul USB care conține copia de siguranță. Escale verifică tot fișierul înainte de a-l folosi; nimic nu este instalat până când totul nu este verificat.
restore-file = Fișierul copiei de siguranță
restore-file-help = Tastați calea fișierului (se termină cu .escale-backup).
restore-file-found = { $count ->
        [one] A fost găsită o copie de siguranță pe stickul USB sau în documentele dumneavoastră; puteți tasta și o altă cale.
        [few] Au fost găsite { $count } copii de siguranță; este propusă cea mai recentă. Puteți alege alta.
       *[other] Au fost găsite { $count } de copii de siguranță; este propusă cea mai recentă. Puteți alege alta.
    }
restore-inspect = Verificați acest fișier
restore-inspecting = Se verifică fișierul…
restore-summary = Copie de siguranță intactă, făcută pe { $made }:
restore-use-recovery-key = Am uitat fraza secretă: folosesc fișa de recuperare
restore-passphrase-of-the-time = Fraza secretă din momentul copiei de siguranță
restore-passphrase-help = Cea pe care o tastați pentru a deschide Escale în ziua copiei de siguranță.
restore-new-passphrase-needed = Alegeți o frază secretă pentru a proteja datele pe acest calculator
restore-new-passphrase-optional = Frază secretă nouă (opțional: altfel se păstrează fraza secretă a copiei de siguranță)
restore-new-passphrase-optional-keyring = Frază secretă nouă (opțional: altfel cheia este păstrată în portcheiul contului)
restore-other-file = Alegeți alt fișier
restore-submit = Restaurați datele mele
restore-working = Se citește și se verifică copia de siguranță…
error-ui-backup-file-required = Indicați fișierul copiei de siguranță.
error-ui-restore-cancelled = Restaurarea a fost anulată. Nu s-a instalat nimic pe acest calculator.
