"""Typed client for Kitchen Sink Service (\"\"\" test). Generated: do not edit."""

from __future__ import annotations

import datetime as _dt
import typing as _t
from pathlib import Path

from .._runtime.client import ServiceClient
from .._runtime.paging import Paged
from .._runtime.wire import to_wire_params
from . import errors as _errors
from . import shapes as _shapes


class KitchenSinkClient(ServiceClient):
    """A fixture that exercises every shape type and hostile text."""

    SERVICE_NAME = "kitchensink"
    API_VERSION = "2020-01-01"
    MODEL_PATH = Path(__file__).with_name("service-2.json")
    ERRORS = _errors.ERRORS
    ERROR_BASE = _errors.KitchenSinkError
    WAITER_ERROR = _errors.KitchenSinkWaiterError
    CLASSES = _shapes.CLASSES

    def put_everything(
        self,
        *,
        name: str,
        lambda_: str,
        global_: str | None = None,
        match: str | None = None,
        type: _shapes.Colour | str | None = None,
        id: str | None = None,
        filter: str | None = None,
        foo_bar: str | None = None,
        Foo_Bar: str | None = None,
        count: int | None = None,
        big: int | None = None,
        ratio: float | None = None,
        precise: float | None = None,
        enabled: bool | None = None,
        when: _dt.datetime | str | None = None,
        payload: bytes | _t.IO[bytes] | None = None,
        settings: _t.Any | None = None,
        choice: _shapes.Choice | None = None,
        tags: _t.Mapping[str, str] | None = None,
        names: _t.Sequence[str] | None = None,
        nested: (
            _t.Sequence[_t.Mapping[str, _t.Sequence[_shapes.TreeNode]]] | None
        ) = None,
        tree: _shapes.TreeNode | None = None,
        token: str | None = None,
    ) -> _shapes.PutEverythingResult:
        """Docs with \"\"\"triple quotes\"\"\", a path C:\\Users\\name and \\U0001F600 and
        \\u0020, \\N{BULLET}, a lone \\ backslash, Jinja {{ service.name }} and {% if x
        %}tags{% endif %}, RST *stars*, `backticks`, |sub|, name_ and [a-zA-Z0-9_.-] and

        .. raw:: html

        non-ASCII: caf\xe9 \u2014 \u65e5\u672c

        a stray closer

        and alert(1) inline

        ends with a quote\"

        Args:
            name: A name; 1 to 64 characters.
            lambda_: Member whose snake_case is a keyword.
            global_: string
            match: string
            type: string
            id: string
            filter: string
            foo_bar: string
            Foo_Bar: string
            count: integer
            big: long
            ratio: float
            precise: double
            enabled: boolean
            when: timestamp
            payload: blob
            settings: document
            choice: union
            tags: map
            names: list
            nested: list
            tree: structure
            token: string

        Returns:
            PutEverythingResult

        Raises:
            ValidationFailure
            ShapeInternalError
            ParamValidationError: the input breaks the model's constraints."""
        params = to_wire_params(
            {
                "Name": name,
                "Lambda": lambda_,
                "Global": global_,
                "Match": match,
                "Type": type,
                "Id": id,
                "Filter": filter,
                "FooBar": foo_bar,
                "Foo_Bar": Foo_Bar,
                "Count": count,
                "Big": big,
                "Ratio": ratio,
                "Precise": precise,
                "Enabled": enabled,
                "When": when,
                "Payload": payload,
                "Settings": settings,
                "Choice": choice,
                "Tags": tags,
                "Names": names,
                "Nested": nested,
                "Tree": tree,
                "Token": token,
            }
        )
        return _t.cast(
            "_shapes.PutEverythingResult",
            self._call("put_everything", "PutEverything", params),
        )

    def get_tree(
        self,
        *,
        depth: int,
    ) -> _shapes.TreeNode:
        """Paragraph 0 of a very long documentation string with code 0 and bold text.
        Paragraph 1 of a very long documentation string with code 1 and bold text.
        Paragraph 2 of a very long documentation string with code 2 and bold text.
        Paragraph 3 of a very long documentation string with code 3 and bold text.
        Paragraph 4 of a very long documentation string with code 4 and bold text.
        Paragraph 5 of a very long documentation string with code 5 and bold text.
        Paragraph 6 of a very long documentation string with code 6 and bold text.
        Paragraph 7 of a very long documentation string with code 7 and bold text.
        Paragraph 8 of a very long documentation string with code 8 and bold text.
        Paragraph 9 of a very long documentation string with code 9 and bold text.
        Paragraph 10 of a very long documentation string with code 10 and bold text.
        Paragraph 11 of a very long documentation string with code 11 and bold text.
        Paragraph 12 of a very long documentation string with code 12 and bold text.
        Paragraph 13 of a very long documentation string with code 13 and bold text.
        Paragraph 14 of a very long documentation string with code 14 and bold text.
        Paragraph 15 of a very long documentation string with code 15 and bold text.
        Paragraph 16 of a very long documentation string with code 16 and bold text.
        Paragraph 17 of a very long documentation string with code 17 and bold text.
        Paragraph 18 of a very long documentation string with code 18 and bold text.
        Paragraph 19 of a very long documentation string with code 19 and bold text.
        Paragraph 20 of a very long documentation string with code 20 and bold text.
        Paragraph 21 of a very long documentation string with code 21 and bold text.
        Paragraph 22 of a very long documentation string with code 22 and bold text.
        Paragraph 23 of a very long documentation string with code 23 and bold text.
        Paragraph 24 of a very long documentation string with code 24 and bold text.
        Paragraph 25 of a very long documentation string with code 25 and bold text.
        Paragraph 26 of a very long documentation string with code 26 and bold text.
        Paragraph 27 of a very long documentation string with code 27 and bold text.
        Paragraph 28 of a very long documentation string with code 28 and bold text.
        Paragraph 29 of a very long documentation string with code 29 and bold text.
        Paragraph 30 of a very long documentation string with code 30 and bold text.
        Paragraph 31 of a very long documentation string with code 31 and bold text.
        Paragraph 32 of a very long documentation string with code 32 and bold text.
        Paragraph 33 of a very long documentation string with code 33 and bold text.
        Paragraph 34 of a very long documentation string with code 34 and bold text.
        Paragraph 35 of a very long documentation string with code 35 and bold text.
        Paragraph 36 of a very long documentation string with code 36 and bold text.
        Paragraph 37 of a very long documentation string with code 37 and bold text.
        Paragraph 38 of a very long documentation string with code 38 and bold text.
        Paragraph 39 of a very long documentation string with code 39 and bold text.
        Paragraph 40 of a very long documentation string with code 40 and bold text.
        Paragraph 41 of a very long documentation string with code 41 and bold text.
        Paragraph 42 of a very long documentation string with code 42 and bold text.
        Paragraph 43 of a very long documentation string with code 43 and bold text.
        Paragraph 44 of a very long documentation string with code 44 and bold text.
        Paragraph 45 of a very long documentation string with code 45 and bold text.
        Paragraph 46 of a very long documentation string with code 46 and bold text.
        Paragraph 47 of a very long documentation string with code 47 and bold text.
        Paragraph 48 of a very long documentation string with code 48 and bold text.
        Paragraph 49 of a very long documentation string with code 49 and bold text.
        Paragraph 50 of a very long documentation string with code 50 and bold text.
        Paragraph 51 of a very long documentation string with code 51 and bold text.
        Paragraph 52 of a very long documentation string with code 52 and bold text.
        Paragraph 53 of a very long documentation string with code 53 and bold text.
        Paragraph 54 of a very long documentation string with code 54 and bold text.
        Paragraph 55 of a very long documentation string with code 55 and bold text.
        Paragraph 56 of a very long documentation string with code 56 and bold text.
        Paragraph 57 of a very long documentation string with code 57 and bold text.
        Paragraph 58 of a very long documentation string with code 58 and bold text.
        Paragraph 59 of a very long documentation string with code 59 and bold text.
        Paragraph 60 of a very long documentation string with code 60 and bold text.
        Paragraph 61 of a very long documentation string with code 61 and bold text.
        Paragraph 62 of a very long documentation string with code 62 and bold text.
        Paragraph 63 of a very long documentation string with code 63 and bold text.
        Paragraph 64 of a very long documentation string with code 64 and bold text.
        Paragraph 65 of a very long documentation string with code 65 and bold text.
        Paragraph 66 of a very long documentation string with code 66 and bold text.
        Paragraph 67 of a very long documentation string with code 67 and bold text.
        Paragraph 68 of a very long documentation string with code 68 and bold text.
        Paragraph 69 of a very long documentation string with code 69 and bold text.
        Paragraph 70 of a very long documentation string with code 70 and bold text.
        Paragraph 71 of a very long documentation string with code 71 and bold text.
        Paragraph 72 of a very long documentation string with code 72 and bold text.
        Paragraph 73 of a very long documentation string with code 73 and bold text.
        Paragraph 74 of a very long documentation string with code 74 and bold text.
        Paragraph 75 of a very long documentation string with code 75 and bold text.
        Paragraph 76 of a very long documentation string with code 76 and bold text.
        Paragraph 77 of a very long documentation string with code 77 and bold text.
        Paragraph 78 of a very long documentation string with code 78 and bold text.
        Paragraph 79 of a very long documentation string with code 79 and bold text.
        Paragraph 80 of a very long documentation string with code 80 and bold text.
        Paragraph 81 of a very long documentation string with code 81 and bold text.
        Paragraph 82 of a very long documentation string with code 82 and bold text.
        Paragraph 83 of a very long documentation string with code 83 and bold text.
        Paragraph 84 of a very long documentation string with code 84 and bold text.
        Paragraph 85 of a very long documentation string with code 85 and bold text.
        Paragraph 86 of a very long documentation string with code 86 and bold text.
        Paragraph 87 of a very long documentation string with code 87 and bold text.
        Paragraph 88 of a very long documentation string with code 88 and bold text.
        Paragraph 89 of a very long documentation string with code 89 and bold text.
        Paragraph 90 of a very long documentation string with code 90 and bold text.
        Paragraph 91 of a very long documentation string with code 91 and bold text.
        Paragraph 92 of a very long documentation string with code 92 and bold text.
        Paragraph 93 of a very long documentation string with code 93 and bold text.
        Paragraph 94 of a very long documentation string with code 94 and bold text.
        Paragraph 95 of a very long documentation string with code 95 and bold text.
        Paragraph 96 of a very long documentation string with code 96 and bold text.
        Paragraph 97 of a very long documentation string with code 97 and bold text.
        Paragraph 98 of a very long documentation string with code 98 and bold text.
        Paragraph 99 of a very long documentation string with code 99 and bold text.
        Paragraph 100 of a very long documentation string with code 100 and bold text.
        Paragraph 101 of a very long documentation string with code 101 and bold text.
        Paragraph 102 of a very long documentation string with code 102 and bold text.
        Paragraph 103 of a very long documentation string with code 103 and bold text.
        Paragraph 104 of a very long documentation string with code 104 and bold text.
        Paragraph 105 of a very long documentation string with code 105 and bold text.
        Paragraph 106 of a very long documentation string with code 106 and bold text.
        Paragraph 107 of a very long documentation string with code 107 and bold text.
        Paragraph 108 of a very long documentation string with code 108 and bold text.
        Paragraph 109 of a very long documentation string with code 109 and bold text.
        Paragraph 110 of a very long documentation string with code 110 and bold text.
        Paragraph 111 of a very long documentation string with code 111 and bold text.
        Paragraph 112 of a very long documentation string with code 112 and bold text.
        Paragraph 113 of a very long documentation string with code 113 and bold text.
        Paragraph 114 of a very long documentation string with code 114 and bold text.
        Paragraph 115 of a very long documentation string with code 115 and bold text.
        Paragraph 116 of a very long documentation string with code 116 and bold text.
        Paragraph 117 of a very long documentation string with code 117 and bold text.
        Paragraph 118 of a very long documentation string with code 118 and bold text.
        Paragraph 119 of a very long documentation string with code 119 and bold text.
        Paragraph 120 of a very long documentation string with code 120 and bold text.
        Paragraph 121 of a very long documentation string with code 121 and bold text.
        Paragraph 122 of a very long documentation string with code 122 and bold text.
        Paragraph 123 of a very long documentation string with code 123 and bold text.
        Paragraph 124 of a very long documentation string with code 124 and bold text.
        Paragraph 125 of a very long documentation string with code 125 and bold text.
        Paragraph 126 of a very long documentation string with code 126 and bold text.
        Paragraph 127 of a very long documentation string with code 127 and bold text.
        Paragraph 128 of a very long documentation string with code 128 and bold text.
        Paragraph 129 of a very long documentation string with code 129 and bold text.
        Paragraph 130 of a very long documentation string with code 130 and bold text.
        Paragraph 131 of a very long documentation string with code 131 and bold text.
        Paragraph 132 of a very long documentation string with code 132 and bold text.
        Paragraph 133 of a very long documentation string with code 133 and bold text.
        Paragraph 134 of a very long documentation string with code 134 and bold text.
        Paragraph 135 of a very long documentation string with code 135 and bold text.
        Paragraph 136 of a very long documentation string with code 136 and bold text.
        Paragraph 137 of a very long documentation string with code 137 and bold text.
        Paragraph 138 of a very long documentation string with code 138 and bold text.
        Paragraph 139 of a very long documentation string with code 139 and bold text.
        Paragraph 140 of a very long documentation string with code 140 and bold text.
        Paragraph 141 of a very long documentation string with code 141 and bold text.
        Paragraph 142 of a very long documentation string with code 142 and bold text.
        Paragraph 143 of a very long documentation string with code 143 and bold text.
        Paragraph 144 of a very long documentation string with code 144 and bold text.
        Paragraph 145 of a very long documentation string with code 145 and bold text.
        Paragraph 146 of a very long documentation string with code 146 and bold text.
        Paragraph 147 of a very long documentation string with code 147 and bold text.
        Paragraph 148 of a very long documentation string with code 148 and bold text.
        Paragraph 149 of a very long documentation string with code 149 and bold text.
        Paragraph 150 of a very long documentation string with code 150 and bold text.
        Paragraph 151 of a very long documentation string with code 151 and bold text.
        Paragraph 152 of a very long documentation string with code 152 and bold text.
        Paragraph 153 of a very long documentation string with code 153 and bold text.
        Paragraph 154 of a very long documentation string with code 154 and bold text.
        Paragraph 155 of a very long documentation string with code 155 and bold text.
        Paragraph 156 of a very long documentation string with code 156 and bold text.
        Paragraph 157 of a very long documentation string with code 157 and bold text.
        Paragraph 158 of a very long documentation string with code 158 and bold text.
        Paragraph 159 of a very long documentation string with code 159 and bold text.
        Paragraph 160 of a very long documentation string with code 160 and bold text.
        Paragraph 161 of a very long documentation string with code 161 and bold text.
        Paragraph 162 of a very long documentation string with code 162 and bold text.
        Paragraph 163 of a very long documentation string with code 163 and bold text.
        Paragraph 164 of a very long documentation string with code 164 and bold text.
        Paragraph 165 of a very long documentation string with code 165 and bold text.
        Paragraph 166 of a very long documentation string with code 166 and bold text.
        Paragraph 167 of a very long documentation string with code 167 and bold text.
        Paragraph 168 of a very long documentation string with code 168 and bold text.
        Paragraph 169 of a very long documentation string with code 169 and bold text.
        Paragraph 170 of a very long documentation string with code 170 and bold text.
        Paragraph 171 of a very long documentation string with code 171 and bold text.
        Paragraph 172 of a very long documentation string with code 172 and bold text.
        Paragraph 173 of a very long documentation string with code 173 and bold text.
        Paragraph 174 of a very long documentation string with code 174 and bold text.
        Paragraph 175 of a very long documentation string with code 175 and bold text.
        Paragraph 176 of a very long documentation string with code 176 and bold text.
        Paragraph 177 of a very long documentation string with code 177 and bold text.
        Paragraph 178 of a very long documentation string with code 178 and bold text.
        Paragraph 179 of a very long documentation string with code 179 and bold text.
        Paragraph 180 of a very long documentation string with code 180 and bold text.
        Paragraph 181 of a very long documentation string with code 181 and bold text.
        Paragraph 182 of a very long documentation string with code 182 and bold text.
        Paragraph 183 of a very long documentation string with code 183 and bold text.
        Paragraph 184 of a very long documentation string with code 184 and bold text.
        Paragraph 185 of a very long documentation string with code 185 and bold text.
        Paragraph 186 of a very long documentation string with code 186 and bold text.
        Paragraph 187 of a very long documentation string with code 187 and bold text.
        Paragraph 188 of a very long documentation string with code 188 and bold text.
        Paragraph 189 of a very long documentation string with code 189 and bold text.
        Paragraph 190 of a very long documentation string with code 190 and bold text.
        Paragraph 191 of a very long documentation string with code 191 and bold text.
        Paragraph 192 of a very long documentation string with code 192 and bold text.
        Paragraph 193 of a very long documentation string with code 193 and bold text.
        Paragraph 194 of a very long documentation string with code 194 and bold text.
        Paragraph 195 of a very long documentation string with code 195 and bold text.
        Paragraph 196 of a very long documentation string with code 196 and bold text.
        Paragraph 197 of a very long documentation string with code 197 and bold text.
        Paragraph 198 of a very long documentation string with code 198 and bold text.
        Paragraph 199 of a very long documentation string with code 199 and bold text.
        Paragraph 200 of a very long documentation string with code 200 and bold text.
        Paragraph 201 of a very long documentation string with code 201 and bold text.
        Paragraph 202 of a very long documentation string with code 202 and bold text.
        Paragraph 203 of a very long documentation string with code 203 and bold text.
        Paragraph 204 of a very long documentation string with code 204 and bold text.
        Paragraph 205 of a very long documentation string with code 205 and bold text.
        Paragraph 206 of a very long documentation string with code 206 and bold text.
        Paragraph 207 of a very long documentation string with code 207 and bold text.
        Paragraph 208 of a very long documentation string with code 208 and bold text.
        Paragraph 209 of a very long documentation string with code 209 and bold text.
        Paragraph 210 of a very long documentation string with code 210 and bold text.
        Paragraph 211 of a very long documentation string with code 211 and bold text.
        Paragraph 212 of a very long documentation string with code 212 and bold text.
        Paragraph 213 of a very long documentation string with code 213 and bold text.
        Paragraph 214 of a very long documentation string with code 214 and bold text.
        Paragraph 215 of a very long documentation string with code 215 and bold text.
        Paragraph 216 of a very long documentation string with code 216 and bold text.
        Paragraph 217 of a very long documentation string with code 217 and bold text.
        Paragraph 218 of a very long documentation string with code 218 and bold text.
        Paragraph 219 of a very long documentation string with code 219 and bold text.
        Paragraph 220 of a very long documentation string with code 220 and bold text.
        Paragraph 221 of a very long documentation string with code 221 and bold text.
        Paragraph 222 of a very long documentation string with code 222 and bold text.
        Paragraph 223 of a very long documentation string with code 223 and bold text.
        Paragraph 224 of a very long documentation string with code 224 and bold text.
        Paragraph 225 of a very long documentation string with code 225 and bold text.
        Paragraph 226 of a very long documentation string with code 226 and bold text.
        Paragraph 227 of a very long documentation string with code 227 and bold text.
        Paragraph 228 of a very long documentation string with code 228 and bold text.
        Paragraph 229 of a very long documentation string with code 229 and bold text.
        Paragraph 230 of a very long documentation string with code 230 and bold text.
        Paragraph 231 of a very long documentation string with code 231 and bold text.
        Paragraph 232 of a very long documentation string with code 232 and bold text.
        Paragraph 233 of a very long documentation string with code 233 and bold text.
        Paragraph 234 of a very long documentation string with code 234 and bold text.
        Paragraph 235 of a very long documentation string with code 235 and bold text.
        Paragraph 236 of a very long documentation string with code 236 and bold text.
        Paragraph 237 of a very long documentation string with code 237 and bold text.
        Paragraph 238 of a very long documentation string with code 238 and bold text.
        Paragraph 239 of a very long documentation string with code 239 and bold text.
        Paragraph 240 of a very long documentation string with code 240 and bold text.
        Paragraph 241 of a very long documentation string with code 241 and bold text.
        Paragraph 242 of a very long documentation string with code 242 and bold text.
        Paragraph 243 of a very long documentation string with code 243 and bold text.
        Paragraph 244 of a very long documentation string with code 244 and bold text.
        Paragraph 245 of a very long documentation string with code 245 and bold text.
        Paragraph 246 of a very long documentation string with code 246 and bold text.
        Paragraph 247 of a very long documentation string with code 247 and bold text.
        Paragraph 248 of a very long documentation string with code 248 and bold text.
        Paragraph 249 of a very long documentation string with code 249 and bold text.
        Paragraph 250 of a very long documentation string with code 250 and bold text.
        Paragraph 251 of a very long documentation string with code 251 and bold text.
        Paragraph 252 of a very long documentation string with code 252 and bold text.
        Paragraph 253 of a very long documentation string with code 253 and bold text.
        Paragraph 254 of a very long documentation string with code 254 and bold text.
        Paragraph 255 of a very long documentation string with code 255 and bold text.
        Paragraph 256 of a very long documentation string with code 256 and bold text.
        Paragraph 257 of a very long documentation string with code 257 and bold text.
        Paragraph 258 of a very long documentation string with code 258 and bold text.
        Paragraph 259 of a very long documentation string with code 259 and bold text.
        Paragraph 260 of a very long documentation string with code 260 and bold text.
        Paragraph 261 of a very long documentation string with code 261 and bold text.
        Paragraph 262 of a very long documentation string with code 262 and bold text.
        Paragraph 263 of a very long documentation string with code 263 and bold text.
        Paragraph 264 of a very long documentation string with code 264 and bold text.
        Paragraph 265 of a very long documentation string with code 265 and bold text.
        Paragraph 266 of a very long documentation string with code 266 and bold text.
        Paragraph 267 of a very long documentation string with code 267 and bold text.
        Paragraph 268 of a very long documentation string with code 268 and bold text.
        Paragraph 269 of a very long documentation string with code 269 and bold text.
        Paragraph 270 of a very long documentation string with code 270 and bold text.
        Paragraph 271 of a very long documentation string with code 271 and bold text.
        Paragraph 272 of a very long documentation string with code 272 and bold text.
        Paragraph 273 of a very long documentation string with code 273 and bold text.
        Paragraph 274 of a very long documentation string with code 274 and bold text.
        Paragraph 275 of a very long documentation string with code 275 and bold text.
        Paragraph 276 of a very long documentation string with code 276 and bold text.
        Paragraph 277 of a very long documentation string with code 277 and bold text.
        Paragraph 278 of a very long documentation string with code 278 and bold text.
        Paragraph 279 of a very long documentation string with code 279 and bold text.
        Paragraph 280 of a very long documentation string with code 280 and bold text.
        Paragraph 281 of a very long documentation string with code 281 and bold text.
        Paragraph 282 of a very long documentation string with code 282 and bold text.
        Paragraph 283 of a very long documentation string with code 283 and bold text.
        Paragraph 284 of a very long documentation string with code 284 and bold text.
        Paragraph 285 of a very long documentation string with code 285 and bold text.
        Paragraph 286 of a very long documentation string with code 286 and bold text.
        Paragraph 287 of a very long documentation string with code 287 and bold text.
        Paragraph 288 of a very long documentation string with code 288 and bold text.
        Paragraph 289 of a very long documentation string with code 289 and bold text.
        Paragraph 290 of a very long documentation string with code 290 and bold text.
        Paragraph 291 of a very long documentation string with code 291 and bold text.
        Paragraph 292 of a very long documentation string with code 292 and bold text.
        Paragraph 293 of a very long documentation string with code 293 and bold text.
        Paragraph 294 of a very long documentation string with code 294 and bold text.
        Paragraph 295 of a very long documentation string with code 295 and bold text.
        Paragraph 296 of a very long documentation string with code 296 and bold text.
        Paragraph 297 of a very long documentation string with code 297 and bold text.
        Paragraph 298 of a very long documentation string with code 298 and bold text.
        Paragraph 299 of a very long documentation string with code 299 and bold text.
        Paragraph 300 of a very long documentation string with code 300 and bold text.
        Paragraph 301 of a very long documentation string with code 301 and bold text.
        Paragraph 302 of a very long documentation string with code 302 and bold text.
        Paragraph 303 of a very long documentation string with code 303 and bold text.
        Paragraph 304 of a very long documentation string with code 304 and bold text.
        Paragraph 305 of a very long documentation string with code 305 and bold text.
        Paragraph 306 of a very long documentation string with code 306 and bold text.
        Paragraph 307 of a very long documentation string with code 307 and bold text.
        Paragraph 308 of a very long documentation string with code 308 and bold text.
        Paragraph 309 of a very long documentation string with code 309 and bold text.
        Paragraph 310 of a very long documentation string with code 310 and bold text.
        Paragraph 311 of a very long documentation string with code 311 and bold text.
        Paragraph 312 of a very long documentation string with code 312 and bold text.
        Paragraph 313 of a very long documentation string with code 313 and bold text.
        Paragraph 314 of a very long documentation string with code 314 and bold text.
        Paragraph 315 of a very long documentation string with code 315 and bold text.
        Paragraph 316 of a very long documentation string with code 316 and bold text.
        Paragraph 317 of a very long documentation string with code 317 and bold text.
        Paragraph 318 of a very long documentation string with code 318 and bold text.
        Paragraph 319 of a very long documentation string with code 319 and bold text.
        Paragraph 320 of a very long documentation string with code 320 and bold text.
        Paragraph 321 of a very long documentation string with code 321 and bold text.
        Paragraph 322 of a very long documentation string with code 322 and bold text.
        Paragraph 323 of a very long documentation string with code 323 and bold text.
        Paragraph 324 of a very long documentation string with code 324 and bold text.
        Paragraph 325 of a very long documentation string with code 325 and bold text.
        Paragraph 326 of a very long documentation string with code 326 and bold text.
        Paragraph 327 of a very long documentation string with code 327 and bold text.
        Paragraph 328 of a very long documentation string with code 328 and bold text.
        Paragraph 329 of a very long documentation string with code 329 and bold text.
        Paragraph 330 of a very long documentation string with code 330 and bold text.
        Paragraph 331 of a very long documentation string with code 331 and bold text.
        Paragraph 332 of a very long documentation string with code 332 and bold text.
        Paragraph 333 of a very long documentation string with code 333 and bold text.
        Paragraph 334 of a very long documentation string with code 334 and bold text.
        Paragraph 335 of a very long documentation string with code 335 and bold text.
        Paragraph 336 of a very long documentation string with code 336 and bold text.
        Paragraph 337 of a very long documentation string with code 337 and bold text.
        Paragraph 338 of a very long documentation string with code 338 and bold text.
        Paragraph 339 of a very long documentation string with code 339 and bold text.
        Paragraph 340 of a very long documentation string with code 340 and bold text.
        Paragraph 341 of a very long documentation string with code 341 and bold text.
        Paragraph 342 of a very long documentation string with code 342 and bold text.
        Paragraph 343 of a very long documentation string with code 343 and bold text.
        Paragraph 344 of a very long documentation string with code 344 and bold text.
        Paragraph 345 of a very long documentation string with code 345 and bold text.
        Paragraph 346 of a very long documentation string with code 346 and bold text.
        Paragraph 347 of a very long documentation string with code 347 and bold text.
        Paragraph 348 of a very long documentation string with code 348 and bold text.
        Paragraph 349 of a very long documentation string with code 349 and bold text.
        Paragraph 350 of a very long documentation string with code 350 and bold text.
        Paragraph 351 of a very long documentation string with code 351 and bold text.
        Paragraph 352 of a very long documentation string with code 352 and bold text.
        Paragraph 353 of a very long documentation string with code 353 and bold text.
        Paragraph 354 of a very long documentation string with code 354 and bold text.
        Paragraph 355 of a very long documentation string with code 355 and bold text.
        Paragraph 356 of a very long documentation string with code 356 and bold text.
        Paragraph 357 of a very long documentation string with code 357 and bold text.
        Paragraph 358 of a very long documentation string with code 358 and bold text.
        Paragraph 359 of a very long documentation string with code 359 and bold text.
        Paragraph 360 of a very long documentation string with code 360 and bold text.
        Paragraph 361 of a very long documentation string with code 361 and bold text.
        Paragraph 362 of a very long documentation string with code 362 and bold text.
        Paragraph 363 of a very long documentation string with code 363 and bold text.
        Paragraph 364 of a very long documentation string with code 364 and bold text.
        Paragraph 365 of a very long documentation string with code 365 and bold text.
        Paragraph 366 of a very long documentation string with code 366 and bold text.
        Paragraph 367 of a very long documentation string with code 367 and bold text.
        Paragraph 368 of a very long documentation string with code 368 and bold text.
        Paragraph 369 of a very long documentation string with code 369 and bold text.
        Paragraph 370 of a very long documentation string with code 370 and bold text.
        Paragraph 371 of a very long documentation string with code 371 and bold text.
        Paragraph 372 of a very long documentation string with code 372 and bold text.
        Paragraph 373 of a very long documentation string with code 373 and bold text.
        Paragraph 374 of a very long documentation string with code 374 and bold text.
        Paragraph 375 of a very long documentation string with code 375 and bold text.
        Paragraph 376 of a very long documentation string with code 376 and bold text.
        Paragraph 377 of a very long documentation string with code 377 and bold text.
        Paragraph 378 of a very long documentation string with code 378 and bold text.
        Paragraph 379 of a very long documentation string with code 379 and bold text.
        Paragraph 380 of a very long documentation string with code 380 and bold text.
        Paragraph 381 of a very long documentation string with code 381 and bold text.
        Paragraph 382 of a very long documentation string with code 382 and bold text.
        Paragraph 383 of a very long documentation string with code 383 and bold text.
        Paragraph 384 of a very long documentation string with code 384 and bold text.
        Paragraph 385 of a very long documentation string with code 385 and bold text.
        Paragraph 386 of a very long documentation string with code 386 and bold text.
        Paragraph 387 of a very long documentation string with code 387 and bold text.
        Paragraph 388 of a very long documentation string with code 388 and bold text.
        Paragraph 389 of a very long documentation string with code 389 and bold text.
        Paragraph 390 of a very long documentation string with code 390 and bold text.
        Paragraph 391 of a very long documentation string with code 391 and bold text.
        Paragraph 392 of a very long documentation string with code 392 and bold text.
        Paragraph 393 of a very long documentation string with code 393 and bold text.
        Paragraph 394 of a very long documentation string with code 394 and bold text.
        Paragraph 395 of a very long documentation string with code 395 and bold text.
        Paragraph 396 of a very long documentation string with code 396 and bold text.
        Paragraph 397 of a very long documentation string with code 397 and bold text.
        Paragraph 398 of a very long documentation string with code 398 and bold text.
        Paragraph 399 of a very long documentation string with code 399 and bold text.
        Paragraph 400 of a very long documentation string with code 400 and bold text.
        Paragraph 401 of a very long documentation string with code 401 and bold text.
        Paragraph 402 of a very long documentation string with code 402 and bold text.
        Paragraph 403 of a very long documentation string with code 403 and bold text.
        Paragraph 404 of a very long documentation string with code 404 and bold text.
        Paragraph 405 of a very long documentation string with code 405 and bold text.
        Paragraph 406 of a very long documentation string with code 406 and bold text.
        Paragraph 407 of a very long documentation string with code 407 and bold text.
        Paragraph 408 of a very long documentation string with code 408 and bold text.
        Paragraph 409 of a very long documentation string with code 409 and bold text.
        Paragraph 410 of a very long documentation string with code 410 and bold text.
        Paragraph 411 of a very long documentation string with code 411 and bold text.
        Paragraph 412 of a very long documentation string with code 412 and bold text.
        Paragraph 413 of a very long documentation string with code 413 and bold text.
        Paragraph 414 of a very long documentation string with code 414 and bold text.
        Paragraph 415 of a very long documentation string with code 415 and bold text.
        Paragraph 416 of a very long documentation string with code 416 and bold text.
        Paragraph 417 of a very long documentation string with code 417 and bold text.
        Paragraph 418 of a very long documentation string with code 418 and bold text.
        Paragraph 419 of a very long documentation string with code 419 and bold text.
        Paragraph 420 of a very long documentation string with code 420 and bold text.
        Paragraph 421 of a very long documentation string with code 421 and bold text.
        Paragraph 422 of a very long documentation string with code 422 and bold text.
        Paragraph 423 of a very long documentation string with code 423 and bold text.
        Paragraph 424 of a very long documentation string with code 424 and bold text.
        Paragraph 425 of a very long documentation string with code 425 and bold text.
        Paragraph 426 of a very long documentation string with code 426 and bold text.
        Paragraph 427 of a very long documentation string with code 427 and bold text.
        Paragraph 428 of a very long documentation string with code 428 and bold text.
        Paragraph 429 of a very long documentation string with code 429 and bold text.
        Paragraph 430 of a very long documentation string with code 430 and bold text.
        Paragraph 431 of a very long documentation string with code 431 and bold text.
        Paragraph 432 of a very long documentation string with code 432 and bold text.
        Paragraph 433 of a very long documentation string with code 433 and bold text.
        Paragraph 434 of a very long documentation string with code 434 and bold text.
        Paragraph 435 of a very long documentation string with code 435 and bold text.
        Paragraph 436 of a very long documentation string with code 436 and bold text.
        Paragraph 437 of a very long documentation string with code 437 and bold text.
        Paragraph 438 of a very long documentation string with code 438 and bold text.
        Paragraph 439 of a very long documentation string with code 439 and bold text.
        Paragraph 440 of a very long documentation string with code 440 and bold text.
        Paragraph 441 of a very long documentation string with code 441 and bold text.
        Paragraph 442 of a very long documentation string with code 442 and bold text.
        Paragraph 443 of a very long documentation string with code 443 and bold text.
        Paragraph 444 of a very long documentation string with code 444 and bold text.
        Paragraph 445 of a very long documentation string with code 445 and bold text.
        Paragraph 446 of a very long documentation string with code 446 and bold text.
        Paragraph 447 of a very long documentation string with code 447 and bold text.
        Paragraph 448 of a very long documentation string with code 448 and bold text.
        Paragraph 449 of a very long documentation string with code 449 and bold text.
        Paragraph 450 of a very long documentation string with code 450 and bold text.
        Paragraph 451 of a very long documentation string with code 451 and bold text.
        Paragraph 452 of a very long documentation string with code 452 and bold text.
        Paragraph 453 of a very long documentation string with code 453 and bold text.
        Paragraph 454 of a very long documentation string with code 454 and bold text.
        Paragraph 455 of a very long documentation string with code 455 and bold text.
        Paragraph 456 of a very long documentation string with code 456 and bold text.
        Paragraph 457 of a very long documentation string with code 457 and bold text.
        Paragraph 458 of a very long documentation string with code 458 and bold text.
        Paragraph 459 of a very long documentation string with code 459 and bold text.
        Paragraph 460 of a very long documentation string with code 460 and bold text.
        Paragraph 461 of a very long documentation string with code 461 and bold text.
        Paragraph 462 of a very long documentation string with code 462 and bold text.
        Paragraph 463 of a very long documentation string with code 463 and bold text.
        Paragraph 464 of a very long documentation string with code 464 and bold text.
        Paragraph 465 of a very long documentation string with code 465 and bold text.
        Paragraph 466 of a very long documentation string with code 466 and bold text.
        Paragraph 467 of a very long documentation string with code 467 and bold text.
        Paragraph 468 of a very long documentation string with code 468 and bold text.
        Paragraph 469 of a very long documentation string with code 469 and bold text.
        Paragraph 470 of a very long documentation string with code 470 and bold text.
        Paragraph 471 of a very long documentation string with code 471 and bold text.
        Paragraph 472 of a very long documentation string with code 472 and bold text.
        Paragraph 473 of a very long documentation string with code 473 and bold text.
        Paragraph 474 of a very long documentation string with code 474 and bold text.
        Paragraph 475 of a very long documentation string with code 475 and bold text.
        Paragraph 476 of a very long documentation string with code 476 and bold text.
        Paragraph 477 of a very long documentation string with code 477 and bold text.
        Paragraph 478 of a very long documentation string with code 478 and bold text.
        Paragraph 479 of a very long documentation string with code 479 and bold text.
        Paragraph 480 of a very long documentation string with code 480 and bold text.
        Paragraph 481 of a very long documentation string with code 481 and bold text.
        Paragraph 482 of a very long documentation string with code 482 and bold text.
        Paragraph 483 of a very long documentation string with code 483 and bold text.
        Paragraph 484 of a very long documentation string with code 484 and bold text.
        Paragraph 485 of a very long documentation string with code 485 and bold text.
        Paragraph 486 of a very long documentation string with code 486 and bold text.
        Paragraph 487 of a very long documentation string with code 487 and bold text.
        Paragraph 488 of a very long documentation string with code 488 and bold text.
        Paragraph 489 of a very long documentation string with code 489 and bold text.
        Paragraph 490 of a very long documentation string with code 490 and bold text.
        Paragraph 491 of a very long documentation string with code 491 and bold text.
        Paragraph 492 of a very long documentation string with code 492 and bold text.
        Paragraph 493 of a very long documentation string with code 493 and bold text.
        Paragraph 494 of a very long documentation string with code 494 and bold text.
        Paragraph 495 of a very long documentation string with code 495 and bold text.
        Paragraph 496 of a very long documentation string with code 496 and bold text.
        Paragraph 497 of a very long documentation string with code 497 and bold text.
        Paragraph 498 of a very long documentation string with code 498 and bold text.
        Paragraph 499 of a very long documentation string with code 499 and bold text.
        Paragraph 500 of a very long documentation string with code 500 and bold text.
        Paragraph 501 of a very long documentation string with code 501 and bold text.
        Paragraph 502 of a very long documentation string with code 502 and bold text.
        Paragraph 503 of a very long documentation string with code 503 and bold text.
        Paragraph 504 of a very long documentation string with code 504 and bold text.
        Paragraph 505 of a very long documentation string with code 505 and bold text.
        Paragraph 506 of a very long documentation string with code 506 and bold text.
        Paragraph 507 of a very long documentation string with code 507 and bold text.
        Paragraph 508 of a very long documentation string with code 508 and bold text.
        Paragraph 509 of a very long documentation string with code 509 and bold text.
        Paragraph 510 of a very long documentation string with code 510 and bold text.
        Paragraph 511 of a very long documentation string with code 511 and bold text.
        Paragraph 512 of a very long documentation string with code 512 and bold text.
        Paragraph 513 of a very long documentation string with code 513 and bold text.
        Paragraph 514 of a very long documentation string with code 514 and bold text.
        Paragraph 515 of a very long documentation string with code 515 and bold text.
        Paragraph 516 of a very long documentation string with code 516 and bold text.
        Paragraph 517 of a very long documentation string with code 517 and bold text.
        Paragraph 518 of a very long documentation string with code 518 and bold text.
        Paragraph 519 of a very long documentation string with code 519 and bold text.
        Paragraph 520 of a very long documentation string with code 520 and bold text.
        Paragraph 521 of a very long documentation string with code 521 and bold text.
        Paragraph 522 of a very long documentation string with code 522 and bold text.
        Paragraph 523 of a very long documentation string with code 523 and bold text.
        Paragraph 524 of a very long documentation string with code 524 and bold text.
        Paragraph 525 of a very long documentation string with code 525 and bold text.
        Paragraph 526 of a very long documentation string with code 526 and bold text.
        Paragraph 527 of a very long documentation string with code 527 and bold text.
        Paragraph 528 of a very long documentation string with code 528 and bold text.
        Paragraph 529 of a very long documentation string with code 529 and bold text.
        Paragraph 530 of a very long documentation string with code 530 and bold text.
        Paragraph 531 of a very long documentation string with code 531 and bold text.
        Paragraph 532 of a very long documentation string with code 532 and bold text.
        Paragraph 533 of a very long documentation string with code 533 and bold text.
        Paragraph 534 of a very long documentation string with code 534 and bold text.
        Paragraph 535 of a very long documentation string with code 535 and bold text.
        Paragraph 536 of a very long documentation string with code 536 and bold text.
        Paragraph 537 of a very long documentation string with code 537 and bold text.
        Paragraph 538 of a very long documentation string with code 538 and bold text.
        Paragraph 539 of a very long documentation string with code 539 and bold text.
        Paragraph 540 of a very long documentation string with code 540 and bold text.
        Paragraph 541 of a very long documentation string with code 541 and bold text.
        Paragraph 542 of a very long documentation string with code 542 and bold text.
        Paragraph 543 of a very long documentation string with code 543 and bold text.
        Paragraph 544 of a very long documentation string with code 544 and bold text.
        Paragraph 545 of a very long documentation string with code 545 and bold text.
        Paragraph 546 of a very long documentation string with code 546 and bold text.
        Paragraph 547 of a very long documentation string with code 547 and bold text.
        Paragraph 548 of a very long documentation string with code 548 and bold text.
        Paragraph 549 of a very long documentation string with code 549 and bold text.
        Paragraph 550 of a very long documentation string with code 550 and bold text.
        Paragraph 551 of a very long documentation string with code 551 and bold text.
        Paragraph 552 of a very long documentation string with code 552 and bold text.
        Paragraph 553 of a very long documentation string with code 553 and bold text.
        Paragraph 554 of a very long documentation string with code 554 and bold text.
        Paragraph 555 of a very long documentation string with code 555 and bold text.
        Paragraph 556 of a very long documentation string with code 556 and bold text.
        Paragraph 557 of a very long documentation string with code 557 and bold text.
        Paragraph 558 of a very long documentation string with code 558 and bold text.
        Paragraph 559 of a very long documentation string with code 559 and bold text.
        Paragraph 560 of a very long documentation string with code 560 and bold text.
        Paragraph 561 of a very long documentation string with code 561 and bold text.
        Paragraph 562 of a very long documentation string with code 562 and bold text.
        Paragraph 563 of a very long documentation string with code 563 and bold text.
        Paragraph 564 of a very long documentation string with code 564 and bold text.
        Paragraph 565 of a very long documentation string with code 565 and bold text.
        Paragraph 566 of a very long documentation string with code 566 and bold text.
        Paragraph 567 of a very long documentation string with code 567 and bold text.
        Paragraph 568 of a very long documentation string with code 568 and bold text.
        Paragraph 569 of a very long documentation string with code 569 and bold text.
        Paragraph 570 of a very long documentation string with code 570 and bold text.
        Paragraph 571 of a very long documentation string with code 571 and bold text.
        Paragraph 572 of a very long documentation string with code 572 and bold text.
        Paragraph 573 of a very long documentation string with code 573 and bold text.
        Paragraph 574 of a very long documentation string with code 574 and bold text.
        Paragraph 575 of a very long documentation string with code 575 and bold text.
        Paragraph 576 of a very long documentation string with code 576 and bold text.
        Paragraph 577 of a very long documentation string with code 577 and bold text.
        Paragraph 578 of a very long documentation string with code 578 and bold text.
        Paragraph 579 of a very long documentation string with code 579 and bold text.
        Paragraph 580 of a very long documentation string with code 580 and bold text.
        Paragraph 581 of a very long documentation string with code 581 and bold text.
        Paragraph 582 of a very long documentation string with code 582 and bold text.
        Paragraph 583 of a very long documentation string with code 583 and bold text.
        Paragraph 584 of a very long documentation string with code 584 and bold text.
        Paragraph 585 of a very long documentation string with code 585 and bold text.
        Paragraph 586 of a very long documentation string with code 586 and bold text.
        Paragraph 587 of a very long documentation string with code 587 and bold text.
        Paragraph 588 of a very long documentation string with code 588 and bold text.
        Paragraph 589 of a very long documentation string with code 589 and bold text.
        Paragraph 590 of a very long documentation string with code 590 and bold text.
        Paragraph 591 of a very long documentation string with code 591 and bold text.
        Paragraph 592 of a very long documentation string with code 592 and bold text.
        Paragraph 593 of a very long documentation string with code 593 and bold text.
        Paragraph 594 of a very long documentation string with code 594 and bold text.
        Paragraph 595 of a very long documentation string with code 595 and bold text.
        Paragraph 596 of a very long documentation string with code 596 and bold text.
        Paragraph 597 of a very long documentation string with code 597 and bold text.
        Paragraph 598 of a very long documentation string with code 598 and bold text.
        Paragraph 599 of a very long documentation string with code 599 and bold text.
        Paragraph 600 of a very long documentation string with code 600 and bold text.
        Paragraph 601 of a very long documentation string with code 601 and bold text.
        Paragraph 602 of a very long documentation string with code 602 and bold text.
        Paragraph 603 of a very long documentation string with code 603 and bold text.
        Paragraph 604 of a very long documentation string with code 604 and bold text.
        Paragraph 605 of a very long documentation string with code 605 and bold text.
        Paragraph 606 of a very long documentation string with code 606 and bold text.
        Paragraph 607 of a very long documentation string with code 607 and bold text.
        Paragraph 608 of a very long documentation string with code 608 and bold text.
        Paragraph 609 of a very long documentation string with code 609 and bold text.
        Paragraph 610 of a very long documentation string with code 610 and bold text.
        Paragraph 611 of a very long documentation string with code 611 and bold text.
        Paragraph 612 of a very long documentation string with code 612 and bold text.
        Paragraph 613 of a very long documentation string with code 613 and bold text.
        Paragraph 614 of a very long documentation string with code 614 and bold text.
        Paragraph 615 of a very long documentation string with code 615 and bold text.
        Paragraph 616 of a very long documentation string with code 616 and bold text.
        Paragraph 617 of a very long documentation string with code 617 and bold text.
        Paragraph 618 of a very long documentation string with code 618 and bold text.
        Paragraph 619 of a very long documentation string with code 619 and bold text.
        Paragraph 620 of a very long documentation string with code 620 and bold text.
        Paragraph 621 of a very long documentation string with code 621 and bold text.
        Paragraph 622 of a very long documentation string with code 622 and bold text.
        Paragraph 623 of a very long documentation string with code 623 and bold text.
        Paragraph 624 of a very long documentation string with code 624 and bold text.
        Paragraph 625 of a very long documentation string with code 625 and bold text.
        Paragraph 626 of a very long documentation string with code 626 and bold text.
        Paragraph 627 of a very long documentation string with code 627 and bold text.
        Paragraph 628 of a very long documentation string with code 628 and bold text.
        Paragraph 629 of a very long documentation string with code 629 and bold text.
        Paragraph 630 of a very long documentation string with code 630 and bold text.
        Paragraph 631 of a very long documentation string with code 631 and bold text.
        Paragraph 632 of a very long documentation string with code 632 and bold text.
        Paragraph 633 of a very long documentation string with code 633 and bold text.
        Paragraph 634 of a very long documentation string with code 634 and bold text.
        Paragraph 635 of a very long documentation string with code 635 and bold text.
        Paragraph 636 of a very long documentation string with code 636 and bold text.
        Paragraph 637 of a very long documentation string with code 637 and bold text.
        Paragraph 638 of a very long documentation string with code 638 and bold text.
        Paragraph 639 of a very long documentation string with code 639 and bold text.
        Paragraph 640 of a very long documentation string with code 640 and bold text.
        Paragraph 641 of a very long documentation string with code 641 and bold text.
        Paragraph 642 of a very long documentation string with code 642 and bold text.
        Paragraph 643 of a very long documentation string with code 643 and bold text.
        Paragraph 644 of a very long documentation string with code 644 and bold text.
        Paragraph 645 of a very long documentation string with code 645 and bold text.
        Paragraph 646 of a very long documentation string with code 646 and bold text.
        Paragraph 647 of a very long documentation string with code 647 and bold text.
        Paragraph 648 of a very long documentation string with code 648 and bold text.
        Paragraph 649 of a very long documentation string with code 649 and bold text.
        Paragraph 650 of a very long documentation string with code 650 and bold text.
        Paragraph 651 of a very long documentation string with code 651 and bold text.
        Paragraph 652 of a very long documentation string with code 652 and bold text.
        Paragraph 653 of a very long documentation string with code 653 and bold text.
        Paragraph 654 of a very long documentation string with code 654 and bold text.
        Paragraph 655 of a very long documentation string with code 655 and bold text.
        Paragraph 656 of a very long documentation string with code 656 and bold text.
        Paragraph 657 of a very long documentation string with code 657 and bold text.
        Paragraph 658 of a very long documentation string with code 658 and bold text.
        Paragraph 659 of a very long documentation string with code 659 and bold text.
        Paragraph 660 of a very long documentation string with code 660 and bold text.
        Paragraph 661 of a very long documentation string with code 661 and bold text.
        Paragraph 662 of a very long documentation string with code 662 and bold text.
        Paragraph 663 of a very long documentation string with code 663 and bold text.
        Paragraph 664 of a very long documentation string with code 664 and bold text.
        Paragraph 665 of a very long documentation string with code 665 and bold text.
        Paragraph 666 of a very long documentation string with code 666 and bold text.
        Paragraph 667 of a very long documentation string with code 667 and bold text.
        Paragraph 668 of a very long documentation string with code 668 and bold text.
        Paragraph 669 of a very long documentation string with code 669 and bold text.
        Paragraph 670 of a very long documentation string with code 670 and bold text.
        Paragraph 671 of a very long documentation string with code 671 and bold text.
        Paragraph 672 of a very long documentation string with code 672 and bold text.
        Paragraph 673 of a very long documentation string with code 673 and bold text.
        Paragraph 674 of a very long documentation string with code 674 and bold text.
        Paragraph 675 of a very long documentation string with code 675 and bold text.
        Paragraph 676 of a very long documentation string with code 676 and bold text.
        Paragraph 677 of a very long documentation string with code 677 and bold text.
        Paragraph 678 of a very long documentation string with code 678 and bold text.
        Paragraph 679 of a very long documentation string with code 679 and bold text.
        Paragraph 680 of a very long documentation string with code 680 and bold text.
        Paragraph 681 of a very long documentation string with code 681 and bold text.
        Paragraph 682 of a very long documentation string with code 682 and bold text.
        Paragraph 683 of a very long documentation string with code 683 and bold text.
        Paragraph 684 of a very long documentation string with code 684 and bold text.
        Paragraph 685 of a very long documentation string with code 685 and bold text.
        Paragraph 686 of a very long documentation string with code 686 and bold text.
        Paragraph 687 of a very long documentation string with code 687 and bold text.
        Paragraph 688 of a very long documentation string with code 688 and bold text.
        Paragraph 689 of a very long documentation string with code 689 and bold text.
        Paragraph 690 of a very long documentation string with code 690 and bold text.
        Paragraph 691 of a very long documentation string with code 691 and bold text.
        Paragraph 692 of a very long documentation string with code 692 and bold text.
        Paragraph 693 of a very long documentation string with code 693 and bold text.
        Paragraph 694 of a very long documentation string with code 694 and bold text.
        Paragraph 695 of a very long documentation string with code 695 and bold text.
        Paragraph 696 of a very long documentation string with code 696 and bold text.
        Paragraph 697 of a very long documentation string with code 697 and bold text.
        Paragraph 698 of a very long documentation string with code 698 and bold text.
        Paragraph 699 of a very long documentation string with code 699 and bold text.
        Paragraph 700 of a very long documentation string with code 700 and bold text.
        Paragraph 701 of a very long documentation string with code 701 and bold text.
        Paragraph 702 of a very long documentation string with code 702 and bold text.
        Paragraph 703 of a very long documentation string with code 703 and bold text.
        Paragraph 704 of a very long documentation string with code 704 and bold text.
        Paragraph 705 of a very long documentation string with code 705 and bold text.
        Paragraph 706 of a very long documentation string with code 706 and bold text.
        Paragraph 707 of a very long documentation string with code 707 and bold text.
        Paragraph 708 of a very long documentation string with code 708 and bold text.
        Paragraph 709 of a very long documentation string with code 709 and bold text.
        Paragraph 710 of a very long documentation string with code 710 and bold text.
        Paragraph 711 of a very long documentation string with code 711 and bold text.
        Paragraph 712 of a very long documentation string with code 712 and bold text.
        Paragraph 713 of a very long documentation string with code 713 and bold text.
        Paragraph 714 of a very long documentation string with code 714 and bold text.
        Paragraph 715 of a very long documentation string with code 715 and bold text.
        Paragraph 716 of a very long documentation string with code 716 and bold text.
        Paragraph 717 of a very long documentation string with code 717 and bold text.
        Paragraph 718 of a very long documentation string with code 718 and bold text.
        Paragraph 719 of a very long documentation string with code 719 and bold text.
        Paragraph 720 of a very long documentation string with code 720 and bold text.
        Paragraph 721 of a very long documentation string with code 721 and bold text.
        Paragraph 722 of a very long documentation string with code 722 and bold text.
        Paragraph 723 of a very long documentation string with code 723 and bold text.
        Paragraph 724 of a very long documentation string with code 724 and bold text.
        Paragraph 725 of a very long documentation string with code 725 and bold text.
        Paragraph 726 of a very long documentation string with code 726 and bold text.
        Paragraph 727 of a very long documentation string with code 727 and bold text.
        Paragraph 728 of a very long documentation string with code 728 and bold text.
        Paragraph 729 of a very long documentation string with code 729 and bold text.
        Paragraph 730 of a very long documentation string with code 730 and bold text.
        Paragraph 731 of a very long documentation string with code 731 and bold text.
        Paragraph 732 of a very long documentation string with code 732 and bold text.
        Paragraph 733 of a very long documentation string with code 733 and bold text.
        Paragraph 734 of a very long documentation string with code 734 and bold text.
        Paragraph 735 of a very long documentation string with code 735 and bold text.
        Paragraph 736 of a very long documentation string with code 736 and bold text.
        Paragraph 737 of a very long documentation string with code 737 and bold text.
        Paragraph 738 of a very long documentation string with code 738 and bold text.
        Paragraph 739 of a very long documentation string with code 739 and bold text.
        Paragraph 740 of a very long documentation string with code 740 and bold text.
        Paragraph 741 of a very long documentation string with code 741 and bold text.
        Paragraph 742 of a very long documentation string with code 742 and bold text.
        Paragraph 743 of a very long documentation string with code 743 and bold text.
        Paragraph 744 of a very long documentation string with code 744 and bold text.
        Paragraph 745 of a very long documentation string with code 745 and bold text.
        Paragraph 746 of a very long documentation string with code 746 and bold text.
        Paragraph 747 of a very long documentation string with code 747 and bold text.
        Paragraph 748 of a very long documentation string with code 748 and bold text.
        Paragraph 749 of a very long documentation string with code 749 and bold text.
        Paragraph 750 of a very long documentation string with code 750 and bold text.
        Paragraph 751 of a very long documentation string with code 751 and bold text.
        Paragraph 752 of a very long documentation string with code 752 and bold text.
        Paragraph 753 of a very long documentation string with code 753 and bold text.
        Paragraph 754 of a very long documentation string with code 754 and bold text.
        Paragraph 755 of a very long documentation string with code 755 and bold text.
        Paragraph 756 of a very long documentation string with code 756 and bold text.
        Paragraph 757 of a very long documentation string with code 757 and bold text.
        Paragraph 758 of a very long documentation string with code 758 and bold text.
        Paragraph 759 of a very long documentation string with code 759 and bold text.
        Paragraph 760 of a very long documentation string with code 760 and bold text.
        Paragraph 761 of a very long documentation string with code 761 and bold text.
        Paragraph 762 of a very long documentation string with code 762 and bold text.
        Paragraph 763 of a very long documentation string with code 763 and bold text.
        Paragraph 764 of a very long documentation string with code 764 and bold text.
        Paragraph 765 of a very long documentation string with code 765 and bold text.
        Paragraph 766 of a very long documentation string with code 766 and bold text.
        Paragraph 767 of a very long documentation string with code 767 and bold text.
        Paragraph 768 of a very long documentation string with code 768 and bold text.
        Paragraph 769 of a very long documentation string with code 769 and bold text.
        Paragraph 770 of a very long documentation string with code 770 and bold text.
        Paragraph 771 of a very long documentation string with code 771 and bold text.
        Paragraph 772 of a very long documentation string with code 772 and bold text.
        Paragraph 773 of a very long documentation string with code 773 and bold text.
        Paragraph 774 of a very long documentation string with code 774 and bold text.
        Paragraph 775 of a very long documentation string with code 775 and bold text.
        Paragraph 776 of a very long documentation string with code 776 and bold text.
        Paragraph 777 of a very long documentation string with code 777 and bold text.
        Paragraph 778 of a very long documentation string with code 778 and bold text.
        Paragraph 779 of a very long documentation string with code 779 and bold text.
        Paragraph 780 of a very long documentation string with code 780 and bold text.
        Paragraph 781 of a very long documentation string with code 781 and bold text.
        Paragraph 782 of a very long documentation string with code 782 and bold text.
        Paragraph 783 of a very long documentation string with code 783 and bold text.
        Paragraph 784 of a very long documentation string with code 784 and bold text.
        Paragraph 785 of a very long documentation string with code 785 and bold text.
        Paragraph 786 of a very long documentation string with code 786 and bold text.
        Paragraph 787 of a very long documentation string with code 787 and bold text.
        Paragraph 788 of a very long documentation string with code 788 and bold text.
        Paragraph 789 of a very long documentation string with code 789 and bold text.
        Paragraph 790 of a very long documentation string with code 790 and bold text.
        Paragraph 791 of a very long documentation string with code 791 and bold text.
        Paragraph 792 of a very long documentation string with code 792 and bold text.
        Paragraph 793 of a very long documentation string with code 793 and bold text.
        Paragraph 794 of a very long documentation string with code 794 and bold text.
        Paragraph 795 of a very long documentation string with code 795 and bold text.
        Paragraph 796 of a very long documentation string with code 796 and bold text.
        Paragraph 797 of a very long documentation string with code 797 and bold text.
        Paragraph 798 of a very long documentation string with code 798 and bold text.
        Paragraph 799 of a very long documentation string with code 799 and bold text.
        Paragraph 800 of a very long documentation string with code 800 and bold text.
        Paragraph 801 of a very long documentation string with code 801 and bold text.
        Paragraph 802 of a very long documentation string with code 802 and bold text.
        Paragraph 803 of a very long documentation string with code 803 and bold text.
        Paragraph 804 of a very long documentation string with code 804 and bold text.
        Paragraph 805 of a very long documentation string with code 805 and bold text.
        Paragraph 806 of a very long documentation string with code 806 and bold text.
        Paragraph 807 of a very long documentation string with code 807 and bold text.
        Paragraph 808 of a very long documentation string with code 808 and bold text.
        Paragraph 809 of a very long documentation string with code 809 and bold text.
        Paragraph 810 of a very long documentation string with code 810 and bold text.
        Paragraph 811 of a very long documentation string with code 811 and bold text.
        Paragraph 812 of a very long documentation string with code 812 and bold text.
        Paragraph 813 of a very long documentation string with code 813 and bold text.
        Paragraph 814 of a very long documentation string with code 814 and bold text.
        Paragraph 815 of a very long documentation string with code 815 and bold text.
        Paragraph 816 of a very long documentation string with code 816 and bold text.
        Paragraph 817 of a very long documentation string with code 817 and bold text.
        Paragraph 818 of a very long documentation string with code 818 and bold text.
        Paragraph 819 of a very long documentation string with code 819 and bold text.
        Paragraph 820 of a very long documentation string with code 820 and bold text.
        Paragraph 821 of a very long documentation string with code 821 and bold text.
        Paragraph 822 of a very long documentation string with code 822 and bold text.
        Paragraph 823 of a very long documentation string with code 823 and bold text.
        Paragraph 824 of a very long documentation string with code 824 and bold text.
        Paragraph 825 of a very long documentation string with code 825 and bold text.
        Paragraph 826 of a very long documentation string with code 826 and bold text.
        Paragraph 827 of a very long documentation string with code 827 and bold text.
        Paragraph 828 of a very long documentation string with code 828 and bold text.
        Paragraph 829 of a very long documentation string with code 829 and bold text.
        Paragraph 830 of a very long documentation string with code 830 and bold text.
        Paragraph 831 of a very long documentation string with code 831 and bold text.
        Paragraph 832 of a very long documentation string with code 832 and bold text.
        Paragraph 833 of a very long documentation string with code 833 and bold text.
        Paragraph 834 of a very long documentation string with code 834 and bold text.
        Paragraph 835 of a very long documentation string with code 835 and bold text.
        Paragraph 836 of a very long documentation string with code 836 and bold text.
        Paragraph 837 of a very long documentation string with code 837 and bold text.
        Paragraph 838 of a very long documentation string with code 838 and bold text.
        Paragraph 839 of a very long documentation string with code 839 and bold text.
        Paragraph 840 of a very long documentation string with code 840 and bold text.
        Paragraph 841 of a very long documentation string with code 841 and bold text.
        Paragraph 842 of a very long documentation string with code 842 and bold text.
        Paragraph 843 of a very long documentation string with code 843 and bold text.
        Paragraph 844 of a very long documentation string with code 844 and bold text.
        Paragraph 845 of a very long documentation string with code 845 and bold text.
        Paragraph 846 of a very long documentation string with code 846 and bold text.
        Paragraph 847 of a very long documentation string with code 847 and bold text.
        Paragraph 848 of a very long documentation string with code 848 and bold text.
        Paragraph 849 of a very long documentation string with code 849 and bold text.
        Paragraph 850 of a very long documentation string with code 850 and bold text.
        Paragraph 851 of a very long documentation string with code 851 and bold text.
        Paragraph 852 of a very long documentation string with code 852 and bold text.
        Paragraph 853 of a very long documentation string with code 853 and bold text.
        Paragraph 854 of a very long documentation string with code 854 and bold text.
        Paragraph 855 of a very long documentation string with code 855 and bold text.
        Paragraph 856 of a very long documentation string with code 856 and bold text.
        Paragraph 857 of a very long documentation string with code 857 and bold text.
        Paragraph 858 of a very long documentation string with code 858 and bold text.
        Paragraph 859 of a very long documentation string with code 859 and bold text.
        Paragraph 860 of a very long documentation string with code 860 and bold text.
        Paragraph 861 of a very long documentation string with code 861 and bold text.
        Paragraph 862 of a very long documentation string with code 862 and bold text.
        Paragraph 863 of a very long documentation string with code 863 and bold text.
        Paragraph 864 of a very long documentation string with code 864 and bold text.
        Paragraph 865 of a very long documentation string with code 865 and bold text.
        Paragraph 866 of a very long documentation string with code 866 and bold text.
        Paragraph 867 of a very long documentation string with code 867 and bold text.
        Paragraph 868 of a very long documentation string with code 868 and bold text.
        Paragraph 869 of a very long documentation string with code 869 and bold text.
        Paragraph 870 of a very long documentation string with code 870 and bold text.
        Paragraph 871 of a very long documentation string with code 871 and bold text.
        Paragraph 872 of a very long documentation string with code 872 and bold text.
        Paragraph 873 of a very long documentation string with code 873 and bold text.
        Paragraph 874 of a very long documentation string with code 874 and bold text.
        Paragraph 875 of a very long documentation string with code 875 and bold text.
        Paragraph 876 of a very long documentation string with code 876 and bold text.
        Paragraph 877 of a very long documentation string with code 877 and bold text.
        Paragraph 878 of a very long documentation string with code 878 and bold text.
        Paragraph 879 of a very long documentation string with code 879 and bold text.
        Paragraph 880 of a very long documentation string with code 880 and bold text.
        Paragraph 881 of a very long documentation string with code 881 and bold text.
        Paragraph 882 of a very long documentation string with code 882 and bold text.
        Paragraph 883 of a very long documentation string with code 883 and bold text.
        Paragraph 884 of a very long documentation string with code 884 and bold text.
        Paragraph 885 of a very long documentation string with code 885 and bold text.
        Paragraph 886 of a very long documentation string with code 886 and bold text.
        Paragraph 887 of a very long documentation string with code 887 and bold text.
        Paragraph 888 of a very long documentation string with code 888 and bold text.
        Paragraph 889 of a very long documentation string with code 889 and bold text.
        Paragraph 890 of a very long documentation string with code 890 and bold text.
        Paragraph 891 of a very long documentation string with code 891 and bold text.
        Paragraph 892 of a very long documentation string with code 892 and bold text.
        Paragraph 893 of a very long documentation string with code 893 and bold text.
        Paragraph 894 of a very long documentation string with code 894 and bold text.
        Paragraph 895 of a very long documentation string with code 895 and bold text.
        Paragraph 896 of a very long documentation string with code 896 and bold text.
        Paragraph 897 of a very long documentation string with code 897 and bold text.
        Paragraph 898 of a very long documentation string with code 898 and bold text.
        Paragraph 899 of a very long documentation string with code 899 and bold text.
        Paragraph 900 of a very long documentation string with code 900 and bold text.
        Paragraph 901 of a very long documentation string with code 901 and bold text.
        Paragraph 902 of a very long documentation string with code 902 and bold text.
        Paragraph 903 of a very long documentation string with code 903 and bold text.
        Paragraph 904 of a very long documentation string with code 904 and bold text.
        Paragraph 905 of a very long documentation string with code 905 and bold text.
        Paragraph 906 of a very long documentation string with code 906 and bold text.
        Paragraph 907 of a very long documentation string with code 907 and bold text.
        Paragraph 908 of a very long documentation string with code 908 and bold text.
        Paragraph 909 of a very long documentation string with code 909 and bold text.
        Paragraph 910 of a very long documentation string with code 910 and bold text.
        Paragraph 911 of a very long documentation string with code 911 and bold text.
        Paragraph 912 of a very long documentation string with code 912 and bold text.
        Paragraph 913 of a very long documentation string with code 913 and bold text.
        Paragraph 914 of a very long documentation string with code 914 and bold text.
        Paragraph 915 of a very long documentation string with code 915 and bold text.
        Paragraph 916 of a very long documentation string with code 916 and bold text.
        Paragraph 917 of a very long documentation string with code 917 and bold text.
        Paragraph 918 of a very long documentation string with code 918 and bold text.
        Paragraph 919 of a very long documentation string with code 919 and bold text.
        Paragraph 920 of a very long documentation string with code 920 and bold text.
        Paragraph 921 of a very long documentation string with code 921 and bold text.
        Paragraph 922 of a very long documentation string with code 922 and bold text.
        Paragraph 923 of a very long documentation string with code 923 and bold text.
        Paragraph 924 of a very long documentation string with code 924 and bold text.
        Paragraph 925 of a very long documentation string with code 925 and bold text.
        Paragraph 926 of a very long documentation string with code 926 and bold text.
        Paragraph 927 of a very long documentation string with code 927 and bold text.
        Paragraph 928 of a very long documentation string with code 928 and bold text.
        Paragraph 929 of a very long documentation string with code 929 and bold text.
        Paragraph 930 of a very long documentation string with code 930 and bold text.
        Paragraph 931 of a very long documentation string with code 931 and bold text.
        Paragraph 932 of a very long documentation string with code 932 and bold text.
        Paragraph 933 of a very long documentation string with code 933 and bold text.
        Paragraph 934 of a very long documentation string with code 934 and bold text.
        Paragraph 935 of a very long documentation string with code 935 and bold text.
        Paragraph 936 of a very long documentation string with code 936 and bold text.
        Paragraph 937 of a very long documentation string with code 937 and bold text.
        Paragraph 938 of a very long documentation string with code 938 and bold text.
        Paragraph 939 of a very long documentation string with code 939 and bold text.
        Paragraph 940 of a very long documentation string with code 940 and bold text.
        Paragraph 941 of a very long documentation string with code 941 and bold text.
        Paragraph 942 of a very long documentation string with code 942 and bold text.
        Paragraph 943 of a very long documentation string with code 943 and bold text.
        Paragraph 944 of a very long documentation string with code 944 and bold text.
        Paragraph 945 of a very long documentation string with code 945 and bold text.
        Paragraph 946 of a very long documentation string with code 946 and bold text.
        Paragraph 947 of a very long documentation string with code 947 and bold text.
        Paragraph 948 of a very long documentation string with code 948 and bold text.
        Paragraph 949 of a very long documentation string with code 949 and bold text.
        Paragraph 950 of a very long documentation string with code 950 and bold text.
        Paragraph 951 of a very long documentation string with code 951 and bold text.
        Paragraph 952 of a very long documentation string with code 952 and bold text.
        Paragraph 953 of a very long documentation string with code 953 and bold text.
        Paragraph 954 of a very long documentation string with code 954 and bold text.
        Paragraph 955 of a very long documentation string with code 955 and bold text.
        Paragraph 956 of a very long documentation string with code 956 and bold text.
        Paragraph 957 of a very long documentation string with code 957 and bold text.
        Paragraph 958 of a very long documentation string with code 958 and bold text.
        Paragraph 959 of a very long documentation string with code 959 and bold text.
        Paragraph 960 of a very long documentation string with code 960 and bold text.
        Paragraph 961 of a very long documentation string with code 961 and bold text.
        Paragraph 962 of a very long documentation string with code 962 and bold text.
        Paragraph 963 of a very long documentation string with code 963 and bold text.
        Paragraph 964 of a very long documentation string with code 964 and bold text.
        Paragraph 965 of a very long documentation string with code 965 and bold text.
        Paragraph 966 of a very long documentation string with code 966 and bold text.
        Paragraph 967 of a very long documentation string with code 967 and bold text.
        Paragraph 968 of a very long documentation string with code 968 and bold text.
        Paragraph 969 of a very long documentation string with code 969 and bold text.
        Paragraph 970 of a very long documentation string with code 970 and bold text.
        Paragraph 971 of a very long documentation string with code 971 and bold text.
        Paragraph 972 of a very long documentation string with code 972 and bold text.
        Paragraph 973 of a very long documentation string with code 973 and bold text.
        Paragraph 974 of a very long documentation string with code 974 and bold text.
        Paragraph 975 of a very long documentation string with code 975 and bold text.
        Paragraph 976 of a very long documentation string with code 976 and bold text.
        Paragraph 977 of a very long documentation string with code 977 and bold text.
        Paragraph 978 of a very long documentation string with code 978 and bold text.
        Paragraph 979 of a very long documentation string with code 979 and bold text.
        Paragraph 980 of a very long documentation string with code 980 and bold text.
        Paragraph 981 of a very long documentation string with code 981 and bold text.
        Paragraph 982 of a very long documentation string with code 982 and bold text.
        Paragraph 983 of a very long documentation string with code 983 and bold text.
        Paragraph 984 of a very long documentation string with code 984 and bold text.
        Paragraph 985 of a very long documentation string with code 985 and bold text.
        Paragraph 986 of a very long documentation string with code 986 and bold text.
        Paragraph 987 of a very long documentation string with code 987 and bold text.
        Paragraph 988 of a very long documentation string with code 988 and bold text.
        Paragraph 989 of a very long documentation string with code 989 and bold text.
        Paragraph 990 of a very long documentation string with code 990 and bold text.
        Paragraph 991 of a very long documentation string with code 991 and bold text.
        Paragraph 992 of a very long documentation string with code 992 and bold text.
        Paragraph 993 of a very long documentation string with code 993 and bold text.
        Paragraph 994 of a very long documentation string with code 994 and bold text.
        Paragraph 995 of a very long documentation string with code 995 and bold text.
        Paragraph 996 of a very long documentation string with code 996 and bold text.
        Paragraph 997 of a very long documentation string with code 997 and bold text.
        Paragraph 998 of a very long documentation string with code 998 and bold text.
        Paragraph 999 of a very long documentation string with code 999 and bold text.
        Paragraph 1000 of a very long documentation string with code 1000 and bold text.
        Paragraph 1001 of a very long documentation string with code 1001 and bold text.
        Paragraph 1002 of a very long documentation string with code 1002 and bold text.
        Paragraph 1003 of a very long documentation string with code 1003 and bold text.
        Paragraph 1004 of a very long documentation string with code 1004 and bold text.
        Paragraph 1005 of a very long documentation string with code 1005 and bold text.
        Paragraph 1006 of a very long documentation string with code 1006 and bold text.
        Paragraph 1007 of a very long documentation string with code 1007 and bold text.
        Paragraph 1008 of a very long documentation string with code 1008 and bold text.
        Paragraph 1009 of a very long documentation string with code 1009 and bold text.
        Paragraph 1010 of a very long documentation string with code 1010 and bold text.
        Paragraph 1011 of a very long documentation string with code 1011 and bold text.
        Paragraph 1012 of a very long documentation string with code 1012 and bold text.
        Paragraph 1013 of a very long documentation string with code 1013 and bold text.
        Paragraph 1014 of a very long documentation string with code 1014 and bold text.
        Paragraph 1015 of a very long documentation string with code 1015 and bold text.
        Paragraph 1016 of a very long documentation string with code 1016 and bold text.
        Paragraph 1017 of a very long documentation string with code 1017 and bold text.
        Paragraph 1018 of a very long documentation string with code 1018 and bold text.
        Paragraph 1019 of a very long documentation string with code 1019 and bold text.
        Paragraph 1020 of a very long documentation string with code 1020 and bold text.
        Paragraph 1021 of a very long documentation string with code 1021 and bold text.
        Paragraph 1022 of a very long documentation string with code 1022 and bold text.
        Paragraph 1023 of a very long documentation string with code 1023 and bold text.
        Paragraph 1024 of a very long documentation string with code 1024 and bold text.
        Paragraph 1025 of a very long documentation string with code 1025 and bold text.
        Paragraph 1026 of a very long documentation string with code 1026 and bold text.
        Paragraph 1027 of a very long documentation string with code 1027 and bold text.
        Paragraph 1028 of a very long documentation string with code 1028 and bold text.
        Paragraph 1029 of a very long documentation string with code 1029 and bold text.
        Paragraph 1030 of a very long documentation string with code 1030 and bold text.
        Paragraph 1031 of a very long documentation string with code 1031 and bold text.
        Paragraph 1032 of a very long documentation string with code 1032 and bold text.
        Paragraph 1033 of a very long documentation string with code 1033 and bold text.
        Paragraph 1034 of a very long documentation string with code 1034 and bold text.
        Paragraph 1035 of a very long documentation string with code 1035 and bold text.
        Paragraph 1036 of a very long documentation string with code 1036 and bold text.
        Paragraph 1037 of a very long documentation string with code 1037 and bold text.
        Paragraph 1038 of a very long documentation string with code 1038 and bold text.
        Paragraph 1039 of a very long documentation string with code 1039 and bold text.
        Paragraph 1040 of a very long documentation string with code 1040 and bold text.
        Paragraph 1041 of a very long documentation string with code 1041 and bold text.
        Paragraph 1042 of a very long documentation string with code 1042 and bold text.
        Paragraph 1043 of a very long documentation string with code 1043 and bold text.
        Paragraph 1044 of a very long documentation string with code 1044 and bold text.
        Paragraph 1045 of a very long documentation string with code 1045 and bold text.
        Paragraph 1046 of a very long documentation string with code 1046 and bold text.
        Paragraph 1047 of a very long documentation string with code 1047 and bold text.
        Paragraph 1048 of a very long documentation string with code 1048 and bold text.
        Paragraph 1049 of a very long documentation string with code 1049 and bold text.
        Paragraph 1050 of a very long documentation string with code 1050 and bold text.
        Paragraph 1051 of a very long documentation string with code 1051 and bold text.
        Paragraph 1052 of a very long documentation string with code 1052 and bold text.
        Paragraph 1053 of a very long documentation string with code 1053 and bold text.
        Paragraph 1054 of a very long documentation string with code 1054 and bold text.
        Paragraph 1055 of a very long documentation string with code 1055 and bold text.
        Paragraph 1056 of a very long documentation string with code 1056 and bold text.
        Paragraph 1057 of a very long documentation string with code 1057 and bold text.
        Paragraph 1058 of a very long documentation string with code 1058 and bold text.
        Paragraph 1059 of a very long documentation string with code 1059 and bold text.
        Paragraph 1060 of a very long documentation string with code 1060 and bold text.
        Paragraph 1061 of a very long documentation string with code 1061 and bold text.
        Paragraph 1062 of a very long documentation string with code 1062 and bold text.
        Paragraph 1063 of a very long documentation string with code 1063 and bold text.
        Paragraph 1064 of a very long documentation string with code 1064 and bold text.
        Paragraph 1065 of a very long documentation string with code 1065 and bold text.
        Paragraph 1066 of a very long documentation string with code 1066 and bold text.
        Paragraph 1067 of a very long documentation string with code 1067 and bold text.
        Paragraph 1068 of a very long documentation string with code 1068 and bold text.
        Paragraph 1069 of a very long documentation string with code 1069 and bold text.
        Paragraph 1070 of a very long documentation string with code 1070 and bold text.
        Paragraph 1071 of a very long documentation string with code 1071 and bold text.
        Paragraph 1072 of a very long documentation string with code 1072 and bold text.
        Paragraph 1073 of a very long documentation string with code 1073 and bold text.
        Paragraph 1074 of a very long documentation string with code 1074 and bold text.
        Paragraph 1075 of a very long documentation string with code 1075 and bold text.
        Paragraph 1076 of a very long documentation string with code 1076 and bold text.
        Paragraph 1077 of a very long documentation string with code 1077 and bold text.
        Paragraph 1078 of a very long documentation string with code 1078 and bold text.
        Paragraph 1079 of a very long documentation string with code 1079 and bold text.
        Paragraph 1080 of a very long documentation string with code 1080 and bold text.
        Paragraph 1081 of a very long documentation string with code 1081 and bold text.
        Paragraph 1082 of a very long documentation string with code 1082 and bold text.
        Paragraph 1083 of a very long documentation string with code 1083 and bold text.
        Paragraph 1084 of a very long documentation string with code 1084 and bold text.
        Paragraph 1085 of a very long documentation string with code 1085 and bold text.
        Paragraph 1086 of a very long documentation string with code 1086 and bold text.
        Paragraph 1087 of a very long documentation string with code 1087 and bold text.
        Paragraph 1088 of a very long documentation string with code 1088 and bold text.
        Paragraph 1089 of a very long documentation string with code 1089 and bold text.
        Paragraph 1090 of a very long documentation string with code 1090 and bold text.
        Paragraph 1091 of a very long documentation string with code 1091 and bold text.
        Paragraph 1092 of a very long documentation string with code 1092 and bold text.
        Paragraph 1093 of a very long documentation string with code 1093 and bold text.
        Paragraph 1094 of a very long documentation string with code 1094 and bold text.
        Paragraph 1095 of a very long documentation string with code 1095 and bold text.
        Paragraph 1096 of a very long documentation string with code 1096 and bold text.
        Paragraph 1097 of a very long documentation string with code 1097 and bold text.
        Paragraph 1098 of a very long documentation string with code 1098 and bold text.
        Paragraph 1099 of a very long documentation string with code 1099 and bold text.
        Paragraph 1100 of a very long documentation string with code 1100 and bold text.
        Paragraph 1101 of a very long documentation string with code 1101 and bold text.
        Paragraph 1102 of a very long documentation string with code 1102 and bold text.
        Paragraph 1103 of a very long documentation string with code 1103 and bold text.
        Paragraph 1104 of a very long documentation string with code 1104 and bold text.
        Paragraph 1105 of a very long documentation string with code 1105 and bold text.
        Paragraph 1106 of a very long documentation string with code 1106 and bold text.
        Paragraph 1107 of a very long documentation string with code 1107 and bold text.
        Paragraph 1108 of a very long documentation string with code 1108 and bold text.
        Paragraph 1109 of a very long documentation string with code 1109 and bold text.
        Paragraph 1110 of a very long documentation string with code 1110 and bold text.
        Paragraph 1111 of a very long documentation string with code 1111 and bold text.
        Paragraph 1112 of a very long documentation string with code 1112 and bold text.
        Paragraph 1113 of a very long documentation string with code 1113 and bold text.
        Paragraph 1114 of a very long documentation string with code 1114 and bold text.
        Paragraph 1115 of a very long documentation string with code 1115 and bold text.
        Paragraph 1116 of a very long documentation string with code 1116 and bold text.
        Paragraph 1117 of a very long documentation string with code 1117 and bold text.
        Paragraph 1118 of a very long documentation string with code 1118 and bold text.
        Paragraph 1119 of a very long documentation string with code 1119 and bold text.
        Paragraph 1120 of a very long documentation string with code 1120 and bold text.
        Paragraph 1121 of a very long documentation string with code 1121 and bold text.
        Paragraph 1122 of a very long documentation string with code 1122 and bold text.
        Paragraph 1123 of a very long documentation string with code 1123 and bold text.
        Paragraph 1124 of a very long documentation string with code 1124 and bold text.
        Paragraph 1125 of a very long documentation string with code 1125 and bold text.
        Paragraph 1126 of a very long documentation string with code 1126 and bold text.
        Paragraph 1127 of a very long documentation string with code 1127 and bold text.
        Paragraph 1128 of a very long documentation string with code 1128 and bold text.
        Paragraph 1129 of a very long documentation string with code 1129 and bold text.
        Paragraph 1130 of a very long documentation string with code 1130 and bold text.
        Paragraph 1131 of a very long documentation string with code 1131 and bold text.
        Paragraph 1132 of a very long documentation string with code 1132 and bold text.
        Paragraph 1133 of a very long documentation string with code 1133 and bold text.
        Paragraph 1134 of a very long documentation string with code 1134 and bold text.
        Paragraph 1135 of a very long documentation string with code 1135 and bold text.
        Paragraph 1136 of a very long documentation string with code 1136 and bold text.
        Paragraph 1137 of a very long documentation string with code 1137 and bold text.
        Paragraph 1138 of a very long documentation string with code 1138 and bold text.
        Paragraph 1139 of a very long documentation string with code 1139 and bold text.
        Paragraph 1140 of a very long documentation string with code 1140 and bold text.
        Paragraph 1141 of a very long documentation string with code 1141 and bold text.
        Paragraph 1142 of a very long documentation string with code 1142 and bold text.
        Paragraph 1143 of a very long documentation string with code 1143 and bold text.
        Paragraph 1144 of a very long documentation string with code 1144 and bold text.
        Paragraph 1145 of a very long documentation string with code 1145 and bold text.
        Paragraph 1146 of a very long documentation string with code 1146 and bold text.
        Paragraph 1147 of a very long documentation string with code 1147 and bold text.
        Paragraph 1148 of a very long documentation string with code 1148 and bold text.
        Paragraph 1149 of a very long documentation string with code 1149 and bold text.

        Args:
            depth: integer

        Returns:
            TreeNode"""
        params = to_wire_params(
            {
                "Depth": depth,
            }
        )
        return _t.cast(
            "_shapes.TreeNode",
            self._call("get_tree", "GetTree", params),
        )

    def ping(
        self,
    ) -> None:
        """An operation with neither input nor output."""
        params = to_wire_params({})
        self._call("ping", "Ping", params)

    def list_things(
        self,
        *,
        next_token: str | None = None,
        max_results: int | None = None,
        since: _dt.datetime | str | None = None,
    ) -> _shapes.ListThingsResult:
        """Paginated listing.

        Args:
            next_token: string
            max_results: integer
            since: timestamp

        Returns:
            ListThingsResult"""
        params = to_wire_params(
            {
                "NextToken": next_token,
                "MaxResults": max_results,
                "Since": since,
            }
        )
        return _t.cast(
            "_shapes.ListThingsResult",
            self._call("list_things", "ListThings", params),
        )

    def list_things_pages(
        self,
        *,
        since: _dt.datetime | str | None = None,
        max_items: int | None = None,
        page_size: int | None = None,
        starting_token: str | None = None,
    ) -> Paged[_shapes.ListThingsResult]:
        """Each page of ListThings, a ListThingsResult, fetched as it is iterated
        (botocore's paginator).

        Paginated listing.

        Args:
            since: timestamp
            max_items: stop after this many items in all; the result's ``resume_token``
                is then the ``starting_token`` that continues.
            page_size: items per request (``MaxResults``).
            starting_token: a ``resume_token`` to continue from."""
        params = to_wire_params(
            {
                "Since": since,
            }
        )
        paging = {
            "MaxItems": max_items,
            "PageSize": page_size,
            "StartingToken": starting_token,
        }
        return self._paginate(
            "list_things",
            "ListThings",
            params,
            paging,
        )

    def list_things_items(
        self,
        *,
        since: _dt.datetime | str | None = None,
        max_items: int | None = None,
        page_size: int | None = None,
        starting_token: str | None = None,
    ) -> Paged[str]:
        """Each element of ``things`` of every page of ListThings, fetched as it is
        iterated (botocore's paginator).

        Paginated listing.

        Args:
            since: timestamp
            max_items: stop after this many items in all; the result's ``resume_token``
                is then the ``starting_token`` that continues.
            page_size: items per request (``MaxResults``).
            starting_token: a ``resume_token`` to continue from."""
        params = to_wire_params(
            {
                "Since": since,
            }
        )
        paging = {
            "MaxItems": max_items,
            "PageSize": page_size,
            "StartingToken": starting_token,
        }
        return self._paginate(
            "list_things",
            "ListThings",
            params,
            paging,
            "things",
        )

    def wait_colour_is_green(
        self,
        *,
        name: str,
        lambda_: str,
        global_: str | None = None,
        match: str | None = None,
        type: _shapes.Colour | str | None = None,
        id: str | None = None,
        filter: str | None = None,
        foo_bar: str | None = None,
        Foo_Bar: str | None = None,
        count: int | None = None,
        big: int | None = None,
        ratio: float | None = None,
        precise: float | None = None,
        enabled: bool | None = None,
        when: _dt.datetime | str | None = None,
        payload: bytes | _t.IO[bytes] | None = None,
        settings: _t.Any | None = None,
        choice: _shapes.Choice | None = None,
        tags: _t.Mapping[str, str] | None = None,
        names: _t.Sequence[str] | None = None,
        nested: (
            _t.Sequence[_t.Mapping[str, _t.Sequence[_shapes.TreeNode]]] | None
        ) = None,
        tree: _shapes.TreeNode | None = None,
        token: str | None = None,
        delay: float | None = None,
        max_attempts: int | None = None,
    ) -> None:
        """Poll PutEverything until the ColourIsGreen waiter succeeds (botocore's
        waiter, as waiters-2.json says).

        delay: seconds between polls; max_attempts: polls before giving up (both default
        to the waiter's own).

        Args:
            name: A name; 1 to 64 characters.
            lambda_: Member whose snake_case is a keyword.
            global_: string
            match: string
            type: string
            id: string
            filter: string
            foo_bar: string
            Foo_Bar: string
            count: integer
            big: long
            ratio: float
            precise: double
            enabled: boolean
            when: timestamp
            payload: blob
            settings: document
            choice: union
            tags: map
            names: list
            nested: list
            tree: structure
            token: string

        Raises:
            KitchenSinkWaiterError: the waiter failed or gave up."""
        params = to_wire_params(
            {
                "Name": name,
                "Lambda": lambda_,
                "Global": global_,
                "Match": match,
                "Type": type,
                "Id": id,
                "Filter": filter,
                "FooBar": foo_bar,
                "Foo_Bar": Foo_Bar,
                "Count": count,
                "Big": big,
                "Ratio": ratio,
                "Precise": precise,
                "Enabled": enabled,
                "When": when,
                "Payload": payload,
                "Settings": settings,
                "Choice": choice,
                "Tags": tags,
                "Names": names,
                "Nested": nested,
                "Tree": tree,
                "Token": token,
            }
        )
        self._wait("ColourIsGreen", "PutEverything", params, delay, max_attempts)
