## Prepared answers officers send with `!template <name>` in a ticket's
## thread. koban sends each in the resident's language. Add your own as
## `template-<name>` in the content directory. Zone values ($zone,
## $emergency, $police, $victim_support, …) may be used.

template-thanks = Thank you for letting us know. We have noted it and will keep an eye on the situation.
template-more-info = Thank you. To look into this, we need a little more information: when did it happen exactly, and where? If you have photos, you can send them here.
template-patrol = Thank you for your report. A patrol will pass by the place you described in the coming days.
template-station = For this we need to see you in person. You can come to one of our police stations; bring an identity document. Menu → “Your community officer” shows the addresses and opening hours.
template-victim-support = We are sorry this happened to you. You do not have to deal with it alone: { $victim_support } can help you, free of charge and in confidence.
template-not-police = This is not a matter for the police, but we would like to help you find the right place. Please contact your municipality's services; they can help you further.
template-emergency = If this is happening now or someone is in danger, call { $emergency } immediately. This chat is not watched around the clock.
