## Length limits of what residents type.

limit-too-long = This is too long: at most { $max } characters fit here, and your message has { $length }. Please write it shorter; what you entered so far is kept.
limit-description-full = The description can hold at most { $max } characters; { $left } are still free and this message has { $length }. Please shorten it or send it in smaller parts; what you entered so far is kept.
