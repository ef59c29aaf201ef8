## When something goes wrong inside koban: the resident is asked to try
## again; officers and coordinators are told what did not arrive.

error-try-again = Вибачте, з вашим останнім повідомленням у нас щось пішло не так. Будь ласка, надішліть його ще раз.
notice-card-failed = ⚠️ Картку { $reference } не вдалося опублікувати в кімнаті її черги ({ $error }). Її повідомлення чекають, нічого не втрачено: щойно koban знову зможе писати в кімнату, оператор запускає `koban outbox --retry`, і картка та її гілка підуть слідом.
notice-thread-not-ticket = ⚠️ Ця гілка не належить жодному зверненню, тож ваше повідомлення не надіслано жодному мешканцю. Відповідайте в гілці картки звернення.
