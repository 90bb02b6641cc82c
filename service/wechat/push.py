"""Late answers through the customer-service API (Official Account) or the app message API (WeCom)."""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable
from functools import partial

import httpx

from service.settings import Settings

log = logging.getLogger(__name__)

TOKEN_MARGIN = 300.0  # seconds before expiry when a cached access token is renewed
TOKEN_ERRORS = {40001, 40014, 42001}  # invalid credential, invalid token, token expired: renew and retry once
_SECRETS = re.compile(r"((?:access_token|secret|corpsecret)=)[^&\s\"']+")


class PushError(Exception):
    """The WeChat API refused or could not be reached; the message says which call and why."""


class _Redact(logging.Filter):
    """httpx logs request URLs at INFO; the secret and the access token in them must not reach a log."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(_redact(a) for a in record.args)
        return True


def _redact(value: object) -> object:
    return _SECRETS.sub(r"\1***", str(value)) if isinstance(value, (str, httpx.URL)) else value


logging.getLogger("httpx").addFilter(_Redact())


class AccessToken:
    """An access token fetched from `url` with `params`, cached until shortly before it expires."""

    def __init__(self, client: httpx.Client, url: str, params: dict[str, str], *,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._client = client
        self._url = url
        self._params = params
        self._clock = clock
        self._token: str | None = None
        self._expires = 0.0
        self._lock = threading.Lock()

    def get(self, *, renew: bool = False, stale: str | None = None) -> str:
        """The cached token, or a new one; `renew` with `stale` replaces that token unless another thread did."""
        with self._lock:
            if self._token and self._clock() < self._expires and not (renew and self._token == stale):
                return self._token
            data = _json(partial(self._client.get, self._url, params=self._params), "token")
            token = data.get("access_token")
            if not isinstance(token, str) or not token:
                raise PushError(f"token: no access_token in the answer (errcode {data.get('errcode')}, "
                                f"{data.get('errmsg')}); check the AppID/CorpID and secret settings and the "
                                "server's IP on the account's IP whitelist")
            self._token = token
            self._expires = self._clock() + float(data.get("expires_in") or 7200) - TOKEN_MARGIN
            return token


class PushClient:
    """Sends text messages to one user of one channel; thread-safe."""

    def __init__(self, *, token_url: str, token_params: dict[str, str], send_url: str,
                 payload: Callable[[str, str], dict], timeout: float = 10.0) -> None:
        self._client = httpx.Client(timeout=timeout, follow_redirects=False)
        self.token = AccessToken(self._client, token_url, token_params)
        self._send_url = send_url
        self._payload = payload

    def send_text(self, user: str, text: str) -> None:
        """Delivers `text` to `user`, renewing the access token once if WeChat says it is stale."""
        body = json.dumps(self._payload(user, text), ensure_ascii=False).encode("utf-8")
        token = self.token.get()
        for attempt in range(2):
            data = _json(partial(self._client.post, self._send_url, params={"access_token": token}, content=body,
                                 headers={"Content-Type": "application/json; charset=utf-8"}), "send")
            code = data.get("errcode", 0)
            if code == 0:
                return
            if code in TOKEN_ERRORS and attempt == 0:
                token = self.token.get(renew=True, stale=token)
                continue
            raise PushError(f"send: errcode {code}, {data.get('errmsg')}")

    def close(self) -> None:
        self._client.close()


def _json(request: Callable[[], httpx.Response], call: str) -> dict:
    """The JSON object WeChat answered `request` with; PushError when there is none."""
    try:
        response = request()
    except httpx.HTTPError as exc:
        raise PushError(f"{call}: {type(exc).__name__}: {exc}") from exc
    if response.status_code != 200:
        raise PushError(f"{call}: HTTP {response.status_code}")
    try:
        data = response.json()
    except ValueError as exc:
        raise PushError(f"{call}: the answer is not JSON") from exc
    if not isinstance(data, dict):
        raise PushError(f"{call}: the answer is not a JSON object")
    return data


def official_account_pusher(settings: Settings) -> PushClient | None:
    """The customer-service message client, or None when the AppID or AppSecret is not set."""
    if not (settings.wechat_app_id and settings.wechat_app_secret):
        return None
    base = settings.wechat_api_base.rstrip("/")
    return PushClient(
        token_url=f"{base}/cgi-bin/token",
        token_params={"grant_type": "client_credential", "appid": settings.wechat_app_id,
                      "secret": settings.wechat_app_secret},
        send_url=f"{base}/cgi-bin/message/custom/send",
        payload=lambda user, text: {"touser": user, "msgtype": "text", "text": {"content": text}},
    )


def wecom_pusher(settings: Settings) -> PushClient | None:
    """The app message client, or None when the CorpID, secret or AgentID is not set."""
    if not (settings.wecom_corp_id and settings.wecom_secret and settings.wecom_agent_id):
        return None
    base = settings.wecom_api_base.rstrip("/")
    agent = int(settings.wecom_agent_id) if settings.wecom_agent_id.isdigit() else settings.wecom_agent_id
    return PushClient(
        token_url=f"{base}/cgi-bin/gettoken",
        token_params={"corpid": settings.wecom_corp_id, "corpsecret": settings.wecom_secret},
        send_url=f"{base}/cgi-bin/message/send",
        payload=lambda user, text: {"touser": user, "msgtype": "text", "agentid": agent,
                                    "text": {"content": text}, "safe": 0},
    )
