## Vorbereitete Antworten, die Beamte mit `!template <Name>` im Thread eines Tickets
## senden. koban sendet jede in der Sprache der Person. Eigene Vorlagen fügen Sie
## als `template-<Name>` im Content-Verzeichnis hinzu. Werte der Zone ($zone,
## $emergency, $police, $victim_support, …) können verwendet werden.

template-thanks = Vielen Dank für Ihren Hinweis. Wir haben ihn notiert und behalten die Situation im Auge.
template-more-info = Vielen Dank. Um der Sache nachzugehen, brauchen wir noch ein paar Angaben: Wann genau ist es passiert, und wo? Wenn Sie Fotos haben, können Sie sie hier senden.
template-patrol = Vielen Dank für Ihre Meldung. Eine Streife wird in den nächsten Tagen an dem von Ihnen beschriebenen Ort vorbeischauen.
template-station = Dafür müssen wir Sie persönlich sprechen. Sie können in eine unserer Polizeiinspektionen kommen; bitte bringen Sie einen Lichtbildausweis mit. Unter Menü → „Ihr Bezirksinspektor“ finden Sie die Adressen und Öffnungszeiten.
template-victim-support = Es tut uns leid, dass Ihnen das passiert ist. Sie müssen damit nicht allein zurechtkommen: { $victim_support } kann Ihnen helfen, kostenlos und vertraulich.
template-not-police = Dafür ist nicht die Polizei zuständig, aber wir helfen Ihnen gern, die richtige Stelle zu finden. Bitte wenden Sie sich an die Dienststellen Ihrer Gemeinde; dort hilft man Ihnen weiter.
template-emergency = Wenn das gerade jetzt geschieht oder jemand in Gefahr ist, rufen Sie sofort die { $emergency } an. Dieser Chat wird nicht rund um die Uhr betreut.
