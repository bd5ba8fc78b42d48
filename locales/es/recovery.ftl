# La hoja de recuperación (clave de recuperación en papel) y la pantalla de recuperación.

recovery-sheet-title = Hoja de recuperación de Escale
recovery-sheet-intro = Esta clave vuelve a abrir los datos de Escale si se cambia la computadora, si se borra el llavero del sistema o si se olvida la frase secreta. Sin ella, nadie puede recuperar los datos: ni usted ni un informático.
recovery-sheet-key-label = Clave de recuperación
recovery-sheet-keep = Guarde esta hoja bajo llave, lejos de la computadora (por ejemplo, en la caja fuerte de la organización). No la fotografíe ni la envíe por correo electrónico.
recovery-sheet-anyone = Cualquier persona que tenga esta hoja y la computadora puede leer los datos.
recovery-sheet-how = Para usarla: al iniciar Escale, elija «Tengo mi hoja de recuperación» y escriba los 14 grupos de 4 caracteres. En la línea de comandos: escale recover.
recovery-sheet-store = Base de datos { $storeId } · hoja hecha el { $date }

recovery-step-title = Su clave de recuperación
recovery-step-intro = Su base de datos cifrada está lista. Antes de empezar, imprima esta hoja o copie la clave a mano. Es la única forma de recuperar los datos si esta computadora deja de funcionar o si se pierde la clave.
recovery-print = Imprimir la hoja
recovery-step-kept-safe = He impreso o copiado la clave de recuperación y la guardo en un lugar seguro.
recovery-step-done = Empezar a usar Escale
recovery-title = Volver a abrir sus datos con la clave de recuperación
recovery-intro = Sus datos siguen en esta computadora. Escriba la clave de recuperación impresa en la hoja de recuperación: los 14 grupos de 4 caracteres, en orden. No importan los espacios ni las mayúsculas.
recovery-key-input = Clave de recuperación
recovery-key-help = Por ejemplo: 7K2M 9QXA HT4R … (14 grupos)
recovery-new-passphrase = Nueva frase secreta
recovery-cancel = Volver
recovery-submit = Volver a abrir mis datos
