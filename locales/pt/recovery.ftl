# A folha de recuperação (chave de recuperação em papel) e a página de recuperação.

recovery-sheet-title = Folha de recuperação do Escale
recovery-sheet-intro = Esta chave volta a abrir os dados do Escale se o computador for substituído, se o porta-chaves do sistema for apagado ou se a frase secreta for esquecida. Sem ela, ninguém consegue recuperar os dados: nem quem usa o Escale, nem um técnico de informática.
recovery-sheet-key-label = Chave de recuperação
recovery-sheet-keep = Guarde esta folha fechada à chave, longe do computador (por exemplo, no cofre da organização). Não a fotografe nem a envie por e-mail.
recovery-sheet-anyone = Qualquer pessoa que tenha esta folha e o computador pode ler os dados.
recovery-sheet-how = Para a usar: quando o Escale arrancar, escolha «Tenho a minha folha de recuperação» e escreva os 14 grupos de 4 caracteres. Na linha de comandos: escale recover.
recovery-sheet-store = Base de dados { $storeId } · folha feita em { $date }

recovery-step-title = A sua chave de recuperação
recovery-step-intro = A sua base de dados cifrada está pronta. Antes de começar, imprima esta folha ou copie a chave à mão. É a única forma de recuperar os dados se este computador avariar ou se a chave se perder.
recovery-print = Imprimir a folha
recovery-step-kept-safe = Imprimi ou copiei a chave de recuperação e vou guardá-la num lugar seguro.
recovery-step-done = Começar a usar o Escale
recovery-title = Voltar a abrir os seus dados com a chave de recuperação
recovery-intro = Os seus dados continuam neste computador. Escreva a chave de recuperação impressa na folha de recuperação: os 14 grupos de 4 caracteres, por ordem. Os espaços e as maiúsculas não contam.
recovery-key-input = Chave de recuperação
recovery-key-help = Por exemplo: 7K2M 9QXA HT4R … (14 grupos)
recovery-new-passphrase = Nova frase secreta
recovery-cancel = Voltar
recovery-submit = Voltar a abrir os meus dados
