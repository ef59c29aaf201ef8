## Texts for residents. Arguments are filled in by koban; keep their names.

welcome =
    Hello! This is { $zone }: a direct line to your community police officers.
    Write your question here, in your own language, and an officer will answer in this chat. You can also send photos.

emergency-note =
    ⚠️ This chat is not for emergencies. In an emergency, call { $emergency } now. For other urgent police matters, call { $police }.

ticket-opened =
    Thank you. Your message has been passed on to the community officers under reference { $reference }. The answer will come here, in this chat.

officer-role = Community officer

officer-reply =
    👮 { $role } ({ $reference }):
    { $text }

unsupported-message =
    Sorry, I can only read text messages and photos for now. Please write your message as text.

unknown-command =
    I don't know the command { $command }. Just write your question, or send /start to see the welcome message again.

image-too-large =
    This file is too large ({ $size_mb } MB). I can accept files of up to { $max_mb } MB. Please send a smaller photo.

image-not-image =
    This file is not an image I can accept. Please send a photo (JPEG, PNG or WebP).

image-failed =
    I could not process this photo, so it was not passed on. Please try again, or send it as an ordinary photo.

photos-forwarded =
    { $count ->
        [one] Your photo has been added to { $reference }.
       *[other] Your { $count } photos have been added to { $reference }.
    }

## Texts for officers, shown in the queue rooms in the zone's default language.

card-question =
    🎫 { $reference } · new question
    From: { $pseudonym } · via { $channel } · language: { $language }

    { $text }

    Reply in this thread to answer the resident.

card-no-text = (photo without text)

thread-photo = Photo from { $pseudonym }

thread-text = { $pseudonym }: { $text }

something-went-wrong =
    Sorry, something went wrong on our side. Your message has been kept and we will try again.
