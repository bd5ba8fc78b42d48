# Bloqueo, código PIN y configuración de seguridad.

lock-now = Bloquear
shortcut-lock = Ctrl+L
lock-title = Escale está bloqueado
lock-pin = Código PIN
lock-no-pin = No se ha elegido ningún código PIN: este bloqueo solo oculta la pantalla. Elija un código PIN en «Seguridad».
lock-wrong-pin = { $attemptsLeft ->
    [one] Ese no es el código PIN correcto. Le queda 1 intento.
    [many] Ese no es el código PIN correcto. Le quedan { $attemptsLeft } intentos.
   *[other] Ese no es el código PIN correcto. Le quedan { $attemptsLeft } intentos.
}
lock-locked-out-passphrase = Demasiados intentos. Ahora escriba la frase secreta.
lock-locked-out-recovery = Demasiados intentos. Ahora escriba la clave de recuperación.
security-title = Seguridad
security-lock-title = Bloqueo
security-pin-is-set = Hay un código PIN elegido. Sirve para desbloquear Escale cuando usted vuelva.
security-pin-not-set = No se ha elegido ningún código PIN. Elija uno: se pedirá cuando Escale se bloquee.
security-new-pin = Nuevo código PIN (de 4 a 12 cifras)
security-new-pin-repeat = Nuevo código PIN, otra vez
security-save-pin = Guardar el código PIN
security-pin-saved = Código PIN guardado.
security-idle = Bloquear después de
security-idle-minutes = { $minutes ->
    [one] 1 minuto sin actividad
    [many] { $minutes } minutos sin actividad
   *[other] { $minutes } minutos sin actividad
}
security-idle-saved = { $minutes ->
    [one] Escale se bloqueará después de 1 minuto sin actividad.
    [many] Escale se bloqueará después de { $minutes } minutos sin actividad.
   *[other] Escale se bloqueará después de { $minutes } minutos sin actividad.
}
security-sheet-explanation = La hoja de recuperación vuelve a abrir los datos si se pierde la computadora, el llavero o la frase secreta. Vuelva a imprimirla si la ha perdido.
security-show-sheet = Mostrar la hoja de recuperación
security-hide-sheet = Ocultar la hoja
security-key-title = Protección de la clave
security-key-is-keyring = La clave está en el llavero de su sesión. En una computadora compartida, es mejor protegerla con una frase secreta.
security-key-is-passphrase = La clave está protegida por una frase secreta.
security-current-passphrase = Frase secreta actual
security-change-passphrase = Cambiar la frase secreta
security-move-to-passphrase = Proteger con esta frase secreta
security-move-to-keyring = Usar el llavero en su lugar
security-passphrase-saved = La nueva frase secreta protege ahora la clave.
security-moved-to-keyring = La clave está ahora en el llavero de la sesión.
security-no-reencryption = Los datos no se vuelven a cifrar y la hoja de recuperación sigue siendo válida.
error-ui-pins-differ = Los dos códigos PIN son distintos.
setup-pin = Código PIN para desbloquear Escale (de 4 a 12 cifras)
setup-pin-help = Escale se bloquea cuando usted se ausenta; este código lo vuelve a abrir.

backup-title = Copia de seguridad
backup-never = Todavía no se ha hecho ninguna copia de seguridad en esta computadora.
backup-too-old = { $days ->
    [one] La última copia de seguridad es de ayer.
    [many] La última copia de seguridad es de hace { $days } días.
   *[other] La última copia de seguridad es de hace { $days } días.
}
backup-explanation = Conecte una memoria USB y haga una copia de seguridad al menos una vez por semana. La copia está cifrada igual que sus datos: se vuelve a abrir con la clave de recuperación.
backup-folder = Dónde guardar la copia
backup-now = Hacer la copia ahora
backup-working = Haciendo la copia de seguridad… y luego comprobando el archivo.
backup-done = Copia de seguridad hecha y comprobada ({ $megabytes } MB):
work-cancel = Cancelar
work-cancelling = Cancelando…

## Restaurar una copia de seguridad en el primer inicio
setup-restore-offer = ¿Ya tenía Escale en otra computadora?
setup-restore = Restaurar una copia de seguridad
restore-title = Restaurar una copia de seguridad
restore-intro = Conecte la memoria USB que contiene la copia de seguridad. Escale comprueba todo el archivo antes de usarlo; no se instala nada hasta que todo está comprobado.
restore-file = Archivo de copia de seguridad
restore-file-help = Escriba la ruta del archivo (termina en .escale-backup).
restore-file-found = { $count ->
        [one] Se ha encontrado una copia de seguridad en la memoria USB o en sus documentos; también puede escribir otra ruta.
        [many] Se han encontrado { $count } copias de seguridad; se propone la más reciente. Puede elegir otra.
       *[other] Se han encontrado { $count } copias de seguridad; se propone la más reciente. Puede elegir otra.
    }
restore-inspect = Comprobar este archivo
restore-inspecting = Comprobando el archivo…
restore-summary = Copia de seguridad intacta, hecha el { $made }:
restore-use-recovery-key = He olvidado la frase secreta: uso la hoja de recuperación
restore-passphrase-of-the-time = Frase secreta en el momento de la copia
restore-passphrase-help = La que escribía para abrir Escale el día de la copia de seguridad.
restore-new-passphrase-needed = Elija una frase secreta para proteger los datos en esta computadora
restore-new-passphrase-optional = Nueva frase secreta (opcional: si no, se conserva la frase secreta de la copia)
restore-new-passphrase-optional-keyring = Nueva frase secreta (opcional: si no, la clave se guarda en el llavero de la sesión)
restore-other-file = Elegir otro archivo
restore-submit = Restaurar mis datos
restore-working = Leyendo y comprobando la copia de seguridad…
error-ui-backup-file-required = Indique el archivo de copia de seguridad.
error-ui-restore-cancelled = Restauración cancelada. No se ha instalado nada en esta computadora.
