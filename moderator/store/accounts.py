"""Publishers with their API keys, moderator accounts, and the service's shared secret."""

import functools
import hashlib
import re
import secrets

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from moderator.store.models import ROLES, ApiKey, Publisher, Setting, User, utcnow

KEY_PREFIX = "mk_"
RATE_LIMIT_RE = re.compile(r"^\s*(\d+)\s*/\s*(second|minute|hour|day)\s*$")
RATE_PERIODS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400}


def parse_rate_limit(text: str | None) -> tuple[int, int] | None:
    """"120/minute" -> (120, 60); "0" / "off" / None -> None (no limit). Raises ValueError."""
    if text is None or str(text).strip().lower() in ("", "0", "off", "none"):
        return None
    match = RATE_LIMIT_RE.match(str(text).lower())
    if not match or int(match.group(1)) < 1:
        raise ValueError(f"rate limit {text!r}: expected N/second, N/minute, N/hour or N/day, N >= 1")
    return int(match.group(1)), RATE_PERIODS[match.group(2)]


def key_digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "surrogatepass")).hexdigest()


def get_or_create_publisher(session: Session, name: str) -> Publisher:
    publisher = session.scalar(select(Publisher).where(Publisher.name == name))
    if publisher is None:
        publisher = Publisher(name=name)
        session.add(publisher)
        session.flush()
    return publisher


def create_key(session: Session, publisher_name: str, rate_limit: str | None = None) -> str:
    """Make a new key for the publisher (created if new); returns the key, which is never stored."""
    if not publisher_name.strip() or len(publisher_name.strip()) > 100:
        raise ValueError("the publisher's name must be 1 to 100 characters")
    if rate_limit is not None:
        parse_rate_limit(rate_limit)
    publisher = get_or_create_publisher(session, publisher_name.strip())
    token = KEY_PREFIX + secrets.token_urlsafe(32)
    session.add(ApiKey(publisher=publisher, digest=key_digest(token), prefix=token[:10], rate_limit=rate_limit))
    session.flush()
    return token


def find_key(session: Session, token: str) -> ApiKey | None:
    """The live key with this value, or None."""
    key = session.scalar(select(ApiKey).where(ApiKey.digest == key_digest(token)))
    if key is None or key.revoked_at is not None:
        return None
    return key


def revoke_key(session: Session, prefix: str) -> int:
    keys = session.scalars(select(ApiKey).where(ApiKey.prefix == prefix, ApiKey.revoked_at.is_(None))).all()
    for key in keys:
        key.revoked_at = utcnow()
    return len(keys)


def create_user(session: Session, name: str, password: str, role: str = "moderator") -> User:
    if role not in ROLES:
        raise ValueError(f"role {role!r}: expected one of {', '.join(ROLES)}")
    if not name.strip() or len(name.strip()) > 100:
        raise ValueError("the user's name must be 1 to 100 characters")
    if len(password) < 8:
        raise ValueError("the password is shorter than 8 characters")
    user = User(name=name.strip(), password_hash=generate_password_hash(password), role=role)
    session.add(user)
    try:
        session.flush()
    except IntegrityError:
        raise ValueError(f"a user named {name.strip()!r} already exists") from None
    return user


def set_password(session: Session, name: str, password: str) -> None:
    user = session.scalar(select(User).where(User.name == name))
    if user is None:
        raise ValueError(f"no user named {name!r}")
    user.password_hash = generate_password_hash(password)


def authenticate(session: Session, name: str, password: str) -> User | None:
    user = session.scalar(select(User).where(User.name == name, User.active.is_(True)))
    if user is None:
        # Hash anyway so a wrong name costs as long as a wrong password (no user enumeration).
        check_password_hash(_dummy_hash(), password)
        return None
    return user if check_password_hash(user.password_hash, password) else None


@functools.cache
def _dummy_hash() -> str:
    return generate_password_hash("not-a-real-password")


def shared_secret(session: Session, name: str = "secret_key") -> str:
    """A random secret stored once in the database, so every worker signs sessions alike."""
    setting = session.get(Setting, name)
    if setting is None:
        try:
            with session.begin_nested():
                session.add(Setting(key=name, value=secrets.token_hex(32)))
        except IntegrityError:  # another worker stored it first
            pass
        setting = session.get(Setting, name)
    return setting.value
