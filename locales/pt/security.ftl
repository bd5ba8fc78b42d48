# Bloqueio, código PIN e definições de segurança.

lock-now = Bloquear
shortcut-lock = Ctrl+L
lock-title = O Escale está bloqueado
lock-pin = Código PIN
lock-no-pin = Não foi escolhido nenhum código PIN: este bloqueio só esconde a janela do Escale. Escolha um código PIN em «Segurança».
lock-wrong-pin = { $attemptsLeft ->
    [one] Este não é o código PIN certo. Resta 1 tentativa.
    [many] Este não é o código PIN certo. Restam { $attemptsLeft } tentativas.
   *[other] Este não é o código PIN certo. Restam { $attemptsLeft } tentativas.
}
lock-locked-out-passphrase = Demasiadas tentativas. Escreva agora a frase secreta.
lock-locked-out-recovery = Demasiadas tentativas. Escreva agora a chave de recuperação.
security-title = Segurança
security-lock-title = Bloqueio
security-pin-is-set = Há um código PIN escolhido. Serve para desbloquear o Escale quando voltar.
security-pin-not-set = Não foi escolhido nenhum código PIN. Escolha um: será pedido quando o Escale se bloquear.
security-new-pin = Novo código PIN (4 a 12 algarismos)
security-new-pin-repeat = Novo código PIN, outra vez
security-save-pin = Guardar o código PIN
security-pin-saved = Código PIN guardado.
security-idle = Bloquear após
security-idle-minutes = { $minutes ->
    [one] 1 minuto sem atividade
    [many] { $minutes } minutos sem atividade
   *[other] { $minutes } minutos sem atividade
}
security-idle-saved = { $minutes ->
    [one] O Escale vai bloquear-se após 1 minuto sem atividade.
    [many] O Escale vai bloquear-se após { $minutes } minutos sem atividade.
   *[other] O Escale vai bloquear-se após { $minutes } minutos sem atividade.
}
security-sheet-explanation = A folha de recuperação volta a abrir os dados se o computador, o porta-chaves ou a frase secreta se perderem. Imprima-a de novo se a tiver perdido.
security-show-sheet = Mostrar a folha de recuperação
security-hide-sheet = Esconder a folha
security-key-title = Proteção da chave
security-key-is-keyring = A chave está no porta-chaves da sua sessão. Num computador partilhado, é melhor protegê-la com uma frase secreta.
security-key-is-passphrase = A chave está protegida por uma frase secreta.
security-current-passphrase = Frase secreta atual
security-change-passphrase = Mudar a frase secreta
security-move-to-passphrase = Proteger com esta frase secreta
security-move-to-keyring = Usar o porta-chaves em vez disso
security-passphrase-saved = A nova frase secreta protege agora a chave.
security-moved-to-keyring = A chave está agora no porta-chaves da sessão.
security-no-reencryption = Os dados não voltam a ser cifrados e a folha de recuperação continua válida.
error-ui-pins-differ = Os dois códigos PIN são diferentes.
setup-pin = Código PIN para desbloquear o Escale (4 a 12 algarismos)
setup-pin-help = O Escale bloqueia-se quando se afasta; este código volta a abri-lo.

backup-title = Cópia de segurança
backup-never = Ainda não foi feita nenhuma cópia de segurança neste computador.
backup-too-old = { $days ->
    [one] A última cópia de segurança é de ontem.
    [many] A última cópia de segurança foi feita há { $days } dias.
   *[other] A última cópia de segurança foi feita há { $days } dias.
}
backup-explanation = Ligue uma pen USB e faça uma cópia de segurança pelo menos uma vez por semana. A cópia está cifrada como os seus dados: volta a abrir-se com a chave de recuperação.
backup-folder = Onde guardar a cópia
backup-now = Fazer a cópia agora
backup-working = A fazer a cópia de segurança… e depois a verificar o ficheiro.
backup-done = Cópia de segurança feita e verificada ({ $megabytes } MB):
work-cancel = Cancelar
work-cancelling = A cancelar…

## Restaurar uma cópia de segurança no primeiro arranque
setup-restore-offer = Já tinha o Escale noutro computador?
setup-restore = Restaurar uma cópia de segurança
restore-title = Restaurar uma cópia de segurança
restore-intro = Ligue a pen USB que tem a cópia de segurança. O Escale verifica o ficheiro inteiro antes de o usar; nada é instalado enquanto tudo não estiver verificado.
restore-file = Ficheiro da cópia de segurança
restore-file-help = Escreva o caminho do ficheiro (termina em .escale-backup).
restore-file-found = { $count ->
        [one] Foi encontrada uma cópia de segurança na pen USB ou nos seus documentos; também pode escrever outro caminho.
        [many] Foram encontradas { $count } cópias de segurança; é proposta a mais recente. Pode escolher outra.
       *[other] Foram encontradas { $count } cópias de segurança; é proposta a mais recente. Pode escolher outra.
    }
restore-inspect = Verificar este ficheiro
restore-inspecting = A verificar o ficheiro…
restore-summary = Cópia de segurança intacta, feita em { $made }:
restore-use-recovery-key = Esqueci-me da frase secreta: vou usar a folha de recuperação
restore-passphrase-of-the-time = Frase secreta no momento da cópia
restore-passphrase-help = A que escrevia para abrir o Escale no dia da cópia de segurança.
restore-new-passphrase-needed = Escolha uma frase secreta para proteger os dados neste computador
restore-new-passphrase-optional = Nova frase secreta (opcional: caso contrário, fica a frase secreta da cópia)
restore-new-passphrase-optional-keyring = Nova frase secreta (opcional: caso contrário, a chave é guardada no porta-chaves da sessão)
restore-other-file = Escolher outro ficheiro
restore-submit = Restaurar os meus dados
restore-working = A ler e a verificar a cópia de segurança…
error-ui-backup-file-required = Indique o ficheiro da cópia de segurança.
error-ui-restore-cancelled = Restauro cancelado. Nada foi instalado neste computador.
